"""A visitor follows the PDF link of a public article, with DEBUG on (as under `make run`) and off (production)."""

import pytest
from django.core.files.base import ContentFile

from articles.models import Attachment, Status
from tests.admin.fixtures import make_article
from tests.articles.test_uploads import PDF
from tests.servers import gunicorn


@pytest.fixture
def attachments(transactional_db, media_root):
    public = Attachment(article=make_article(title="Jaarverslag", status=Status.PUBLISHED), title="Jaarverslag 2024")
    public.file.save("jaarverslag.pdf", ContentFile(PDF), save=True)
    draft = Attachment(article=make_article(title="Concept", status=Status.DRAFT), title="Concept")
    draft.file.save("concept.pdf", ContentFile(PDF), save=True)
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
