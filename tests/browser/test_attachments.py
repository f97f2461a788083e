"""A visitor follows the PDF link of a public article, with DEBUG on (as under `make run`) and off (production)."""

import pytest

from articles.models import Status
from tests.factories import PDF, make_article, make_attachment
from tests.support.servers import gunicorn

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture
def attachments(transactional_db, media_root):
    public = make_attachment(
        make_article("Jaarverslag", status=Status.PUBLISHED), "Jaarverslag 2024", "jaarverslag.pdf"
    )
    draft = make_attachment(make_article("Concept", status=Status.DRAFT), "Concept", "concept.pdf")
    return public, draft


@pytest.mark.parametrize("debug", ["1", "0"], ids=["make-run", "production"])
def test_a_visitor_opens_the_pdf_linked_from_the_article_page(page, collected_static, media_root, attachments, debug):
    public, draft = attachments
    env = {"DJANGO_DEBUG": debug, "DJANGO_MEDIA_ROOT": str(media_root)}
    with gunicorn(collected_static, workers=1, extra_env=env) as base_url:
        page.goto(base_url + public.article.get_absolute_url())
        link = page.get_by_role("link", name="Jaarverslag 2024")
        href = link.get_attribute("href")
        assert href == public.get_absolute_url()

        response = page.request.get(base_url + href)
        assert response.status == 200
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["content-disposition"].startswith('inline; filename="jaarverslag')
        assert response.body() == PDF
        # The browser opens it in its PDF viewer.
        with page.expect_response(lambda answer: answer.url.endswith(href)) as opened:
            link.click()
        assert opened.value.status == 200

        assert page.request.get(base_url + draft.get_absolute_url()).status == 404
        assert page.request.get(base_url + public.file.url).status == 404  # nothing serves /media/
