"""Attachments are served by the portal: only for public articles (staff always), never straight from /media/."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from tests.factories import PDF, make_article, make_attachment, make_user
from tests.support.uploads import assert_serves_the_pdf, served_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def published():
    return make_attachment(make_article(status=Status.PUBLISHED))


@pytest.fixture
def draft():
    return make_attachment(make_article(status=Status.DRAFT))


def test_a_published_articles_pdf_is_served_with_the_headers(client, published, django_assert_max_num_queries):
    url = published.get_absolute_url()
    assert re.fullmatch(rf"/artikelen/{published.article.slug}/bijlagen/{published.pk}/uitspraak[^/]*\.pdf", url)
    with django_assert_max_num_queries(1):
        response = client.get(url)
    assert_serves_the_pdf(response, published)
    assert response["Cache-Control"].startswith("public")
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")
    # Nothing about the visitor was read: a shared cache may keep it for everyone.
    assert "Cookie" not in response.get("Vary", "")


def test_if_none_match_and_if_modified_since_answer_304(client, published):
    url = published.get_absolute_url()
    first = client.get(url)
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"] and again["Cache-Control"] == first["Cache-Control"]
    assert client.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 304
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_head_gives_the_headers_without_the_file(client, published):
    response = client.head(published.get_absolute_url())
    assert response.status_code == 200
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(PDF))
    assert response["ETag"] == client.get(published.get_absolute_url())["ETag"]


def test_other_methods_are_refused(client, published):
    assert client.post(published.get_absolute_url()).status_code == 405


def test_a_drafts_pdf_is_a_404_for_visitors_and_readers(client, draft):
    url = draft.get_absolute_url()
    assert client.get(url).status_code == 404
    assert client.head(url).status_code == 404
    client.force_login(make_user("lezer"))
    assert client.get(url).status_code == 404
    # Staff without the right to see articles do not see drafts either (as with the preview).
    client.force_login(make_user("beheerder", is_staff=True))
    assert client.get(url).status_code == 404


def test_staff_get_a_drafts_pdf_never_stored_by_caches(editor_client, draft):
    response = editor_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert served_bytes(response) == PDF
    assert response["Cache-Control"] == "private, no-store"


def test_a_scheduled_or_archived_articles_pdf_is_a_404(client, editor_client):
    scheduled = make_attachment(
        make_article(status=Status.PUBLISHED, published_at=timezone.now() + timezone.timedelta(hours=1))
    )
    archived = make_attachment(
        make_article(status=Status.ARCHIVED, published_at=timezone.now() - timezone.timedelta(days=1))
    )
    for attachment in (scheduled, archived):
        assert client.get(attachment.get_absolute_url()).status_code == 404
        assert editor_client.get(attachment.get_absolute_url()).status_code == 200


def test_an_unknown_pk_a_wrong_slug_or_file_name_is_a_404(client, published):
    other = make_article(status=Status.PUBLISHED)
    slug, pk, filename = published.article.slug, published.pk, published.filename
    for kwargs in (
        {"slug": slug, "pk": 999999, "filename": filename},
        {"slug": other.slug, "pk": pk, "filename": filename},
        {"slug": slug, "pk": pk, "filename": "ander.pdf"},
    ):
        assert client.get(reverse("articles:attachment", kwargs=kwargs)).status_code == 404


def test_a_file_missing_from_media_root_is_a_404_not_a_500(client, published):
    published.file.storage.delete(published.file.name)
    assert client.get(published.get_absolute_url()).status_code == 404


def test_an_unpublished_articles_pdf_is_gone_at_once_even_with_the_page_cache(client, settings, published):
    settings.PAGE_CACHE_SECONDS = 60
    url = published.get_absolute_url()
    assert client.get(url).status_code == 200
    published.article.status = Status.DRAFT
    published.article.save()
    assert client.get(url).status_code == 404


def test_a_non_ascii_name_gets_an_ascii_fallback_and_the_exact_name(client):
    attachment = make_attachment(make_article(status=Status.PUBLISHED), name="Überblick café.pdf")
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith('inline; filename="Uberblick')
    assert "filename*=UTF-8''%C3%9Cberblick" in disposition
    disposition.encode("latin-1")  # a header value the WSGI server can send


def test_the_public_page_links_the_view_and_the_link_works_under_make_run(client, settings, published):
    # `make run` serves with DEBUG on and nothing mapped under /media/: the link must go through the view.
    settings.DEBUG = True
    page = client.get(published.article.get_absolute_url())
    assert page.status_code == 200
    links = re.findall(r'<a href="([^"]+)" type="application/pdf">', page.text)
    assert links == [published.get_absolute_url()]
    assert "/media/" not in page.text
    response = client.get(unescape(links[0]))
    assert response.status_code == 200 and served_bytes(response) == PDF


def test_media_urls_are_not_served(client, published):
    assert client.get(published.file.url).status_code == 404


def test_the_staff_preview_links_the_drafts_pdf_which_staff_can_open(editor_client, draft):
    page = editor_client.get(reverse("articles:preview", kwargs={"pk": draft.article.pk}))
    assert draft.get_absolute_url() in page.text
    assert editor_client.get(draft.get_absolute_url()).status_code == 200


def test_the_admin_links_a_stored_pdf_through_the_view(editor_client, draft):
    page = editor_client.get(reverse("admin:articles_article_change", args=[draft.article.pk]))
    assert page.status_code == 200
    assert f'href="{draft.get_absolute_url()}"' in page.text
    assert f'href="{draft.file.url}"' not in page.text


def test_with_accel_redirect_nginx_sends_the_file(client, settings, published, draft):
    settings.ATTACHMENT_ACCEL_REDIRECT = "/protected-media/"
    response = client.get(published.get_absolute_url())
    assert response.status_code == 200
    assert response.content == b""
    assert response["X-Accel-Redirect"] == f"/protected-media/{published.file.name}"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline; ")
    assert response["Cache-Control"].startswith("public")
    # The rule is the portal's still: a draft's file is never handed to nginx for a visitor.
    assert client.get(draft.get_absolute_url()).status_code == 404
