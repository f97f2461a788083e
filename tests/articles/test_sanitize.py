"""Rich text is cleaned by one allowlist whatever route it takes; plain text is escaped on output."""

import pytest
from django.urls import reverse

from articles.models import Article, Status
from ckm_portal.core.sanitize import clean_html
from tests.factories import make_article, make_project

pytestmark = pytest.mark.django_db

XSS_CORPUS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<a href="&#106;avascript:alert(1)">klik</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">tekst</p>',
    '<p onclick="alert(1)">tekst</p>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<object data="evil.swf"></object><embed src="evil.swf">',
    '<form action="https://evil.example"><button>ok</button></form>',
    "<style>body{display:none}</style>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<!--<script>alert(1)</script>-->",
    '"><script>alert(1)</script>',
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
]
FORBIDDEN = ["<script", "onerror", "onload", "javascript:", "<iframe", "style=", "onclick", "<object", "<embed",
             "<form", "<style", "<base", "<meta", "data:text", "ontoggle", "<svg", "<img", "<!--"]  # fmt: skip


def assert_clean(html):
    lowered = html.lower()
    for needle in FORBIDDEN:
        assert needle not in lowered, (needle, html)


@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_the_allowlist_neutralises_the_corpus(payload):
    assert_clean(clean_html(payload))


def test_the_allowlist_keeps_what_the_editor_makes():
    html = (
        '<h2>Kop</h2><p><strong>vet</strong> <em>schuin</em> <a href="https://example.org/x">link</a><br>regel</p>'
        "<ul><li><p>een</p></li></ul><ol><li><p>twee</p></li></ol><blockquote><p>citaat</p></blockquote>"
        "<table><tbody><tr><th>kop</th><td>cel</td></tr></tbody></table>"
    )
    cleaned = clean_html(html)
    for tag in ["<h2>", "<strong>", "<em>", "<br>", "<ul>", "<ol>", "<blockquote>", "<table>", "<th>", "<td>"]:
        assert tag in cleaned
    assert '<a href="https://example.org/x" rel="noopener noreferrer">link</a>' in cleaned
    assert clean_html("<p></p>") == ""


@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_article_and_project_rich_text_are_cleaned_on_save_by_any_route(payload):
    article = Article.objects.create(title="t", slug="t", body=f"<p>ok</p>{payload}")
    project = make_project("p", slug="p", description=f"<p>ok</p>{payload}")
    article.refresh_from_db()
    project.refresh_from_db()
    assert_clean(article.body)
    assert_clean(project.description)
    assert "<p>ok</p>" in article.body


def test_the_admin_form_cleans_the_body(chief_client):
    response = chief_client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Nieuw",
            "slug": "nieuw",
            "article_type": "news",
            "language": "nl",
            "body": "<p>ok</p><img src=x onerror=alert(1)><script>alert(1)</script>",
            "status": "draft",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    assert Article.objects.get(slug="nieuw").body == "<p>ok</p>"


@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_title_summary_and_body_are_harmless_on_the_public_page_and_preview(client, chief_client, payload):
    article = make_article(title=f"Titel {payload}", summary=f"Samenvatting {payload}", body=payload,
                           status=Status.PUBLISHED)  # fmt: skip
    pages = [
        client.get(reverse("articles:detail", kwargs={"slug": article.slug})),
        chief_client.get(reverse("articles:preview", kwargs={"pk": article.pk})),
    ]
    for response in pages:
        assert response.status_code == 200
        html = response.content.decode()
        main = html[html.index("<main") :]
        # Plain text comes out escaped; no markup from the payload survives as markup.
        assert payload not in main
        for needle in ["<script>alert", "<img src=x", "<svg/onload", "<iframe", "<details open"]:
            assert needle not in main
