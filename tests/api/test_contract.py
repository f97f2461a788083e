"""The shapes and manners of API v1 that partner sites build on: change them only with a new version."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, ArticleType, Status
from ckm_portal.topics.models import TopicKind
from tests.factories import make_article, make_attachment, make_published_article, make_topic

pytestmark = pytest.mark.django_db

LIST = "/api/v1/articles/"
TOPICS = "/api/v1/topics/"
ENDPOINTS = ["/api/v1/", "/api/v1/openapi.json", LIST, "/api/v1/articles/voodoo-eed/", TOPICS]

SUMMARY_KEYS = {
    "slug", "title", "summary", "article_type", "language", "source_name", "source_url",
    "published_at", "updated_at", "url", "topics",
}  # fmt: skip
DETAIL_KEYS = SUMMARY_KEYS | {
    "body", "countries", "attachments", "translation", "court", "ecli", "decision_date", "publisher", "doi",
    "isbn", "event_start", "event_end", "event_place", "publication_date", "authors",
}  # fmt: skip


@pytest.fixture
def ruling(topics):
    """A public ruling with a PDF, a public English translation and an unsafe body stored by a raw update."""
    english = make_published_article("Juju oath ruling", slug="juju-oath-ruling", language="en", days_ago=2)
    ruling = make_published_article(
        "Uitspraak voodoo-eed",
        slug="uitspraak-voodoo-eed",
        article_type=ArticleType.CASE_LAW,
        court="Rechtbank Amsterdam",
        ecli="ECLI:NL:RBAMS:2015:1234",
        decision_date=date(2015, 3, 4),
        topics=[topics["voodoo"], topics["nigeria"]],
        translation=english,
        days_ago=3,
    )
    # As a bulk write could store it, past save()'s cleaning: the API cleans again.
    Article.objects.filter(pk=ruling.pk).update(body='<p onclick="x()">Dwang<script>alert(1)</script></p>')
    make_attachment(ruling, title="Vonnis", name="vonnis.pdf")
    return ruling


def test_list_shape(client, corpus):
    response = client.get(LIST)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {"count", "next", "previous", "suggestion", "results"}
    assert data["suggestion"] is None
    first = data["results"][0]
    assert set(first) == SUMMARY_KEYS
    assert first["updated_at"] is not None
    assert {"slug": "nigeria", "name": "Nigeria", "name_en": "Nigeria", "kind": "country", "iso_code": "NG"} in first[
        "topics"
    ]


def test_detail_shape(client, ruling):
    response = client.get(f"/api/v1/articles/{ruling.slug}/")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == DETAIL_KEYS
    assert data["body"] == "<p>Dwang</p>"
    assert data["ecli"] == "ECLI:NL:RBAMS:2015:1234" and data["court"] == "Rechtbank Amsterdam"
    assert data["decision_date"] == "2015-03-04" and data["doi"] is None and data["event_start"] is None
    assert data["countries"] == [
        {"slug": "nigeria", "name": "Nigeria", "name_en": "Nigeria", "kind": "country", "iso_code": "NG"}
    ]
    assert {topic["slug"] for topic in data["topics"]} == {"voodoo", "nigeria"}
    assert data["translation"] == {
        "slug": "juju-oath-ruling",
        "language": "en",
        "url": "http://testserver/artikelen/juju-oath-ruling/",
    }
    (attachment,) = data["attachments"]
    assert attachment["title"] == "Vonnis" and attachment["filename"] == "vonnis.pdf"
    assert attachment["url"].startswith("http://testserver/artikelen/uitspraak-voodoo-eed/")
    assert client.get(attachment["url"]).status_code == 200


def test_detail_hides_a_translation_that_is_not_public(client, ruling):
    Article.objects.filter(slug="juju-oath-ruling").update(status=Status.DRAFT)
    assert client.get(f"/api/v1/articles/{ruling.slug}/").json()["translation"] is None


@pytest.mark.parametrize(
    "slug", ["concept-voodoo", "toekomstig-voodoo", "bestaat-niet", "ü", "a" * 300, "%00", "a%20b"]
)
def test_detail_of_what_is_not_public_is_a_json_404(client, corpus, slug):
    response = client.get(f"/api/v1/articles/{slug}/")
    assert response.status_code == 404
    assert response.json() == {"status": 404, "detail": "Er is geen gepubliceerd artikel met deze slug."}


def test_topics_shape(client, topics):
    make_topic("los trefwoord", TopicKind.KEYWORD)
    make_topic("niet goedgekeurd", TopicKind.THEME, approved=False)
    data = client.get(TOPICS).json()
    assert set(data) == {"topics", "countries", "types", "languages"}
    assert {"slug": "voodoo", "name": "voodoo", "name_en": "voodoo", "kind": "theme"} in data["topics"]
    assert {topic["slug"] for topic in data["topics"]} == {
        "gedwongen-huwelijk",
        "meisjesbesnijdenis",
        "voodoo",
        "arbeidsuitbuiting",
    }
    assert {"slug": "roemenie", "name": "Roemenië", "name_en": "Romania", "kind": "country", "iso_code": "RO"} in data[
        "countries"
    ]
    assert all(country["kind"] == "country" for country in data["countries"])
    assert {"value": "case_law", "names": {"nl": "Rechtspraak", "en": "Case law"}} in data["types"]
    assert [language["value"] for language in data["languages"]] == ["nl", "en"]


def test_every_filter_value_the_topics_endpoint_names_is_taken_by_the_list(client, topics):
    data = client.get(TOPICS).json()
    for topic in data["topics"]:
        assert client.get(LIST, {"topic": topic["slug"]}).status_code == 200
    for country in data["countries"][:5]:
        assert client.get(LIST, {"country": country["iso_code"]}).status_code == 200


def test_a_bad_parameter_is_a_400_naming_it(client, corpus):
    response = client.get(LIST, {"country": "zz", "type": "x"})
    assert response.status_code == 400
    data = response.json()
    assert set(data) == {"status", "detail", "errors"}
    assert data["status"] == 400 and set(data["errors"]) == {"country", "type"}


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "²", " 2"])
def test_a_page_that_is_not_a_whole_number_from_one_is_a_400(client, corpus, page):
    response = client.get(LIST, {"page": page})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"page"}


def test_a_page_past_the_end_is_a_404(client, corpus):
    assert client.get(LIST, {"page": "1"}).status_code == 200
    for page in ("2", "9" * 40):
        response = client.get(LIST, {"page": page})
        assert response.status_code == 404
        assert response.json()["status"] == 404
    # An empty list still has its first page.
    empty = client.get(LIST, {"q": "onvindbaarwoord"})
    assert empty.status_code == 200 and empty.json()["count"] == 0


@pytest.mark.parametrize("url", ENDPOINTS)
def test_every_answer_has_an_etag_and_a_304_for_it(client, corpus, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"] and response["Last-Modified"]
    again = client.get(url, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = client.get(url, headers={"If-Modified-Since": response["Last-Modified"]})
    assert since.status_code == 304


def test_a_changed_article_changes_the_etag_and_last_modified(client, corpus):
    url = "/api/v1/articles/voodoo-eed/"
    before = client.get(url)
    article = Article.objects.get(slug="voodoo-eed")
    article.updated_at = timezone.now() + timedelta(seconds=5)
    Article.objects.filter(pk=article.pk).update(title="Nieuwe titel", updated_at=article.updated_at)
    after = client.get(url, headers={"If-None-Match": before["ETag"], "If-Modified-Since": before["Last-Modified"]})
    assert after.status_code == 200 and after.json()["title"] == "Nieuwe titel"
    assert after["ETag"] != before["ETag"] and after["Last-Modified"] != before["Last-Modified"]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_head_has_the_headers_of_get_without_a_body(client, corpus, url):
    get = client.get(url)
    head = client.head(url)
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == get["ETag"] and head["Content-Length"] == str(len(get.content))


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_other_methods_are_a_json_405(client, corpus, url, method):
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["status"] == 405


@pytest.mark.parametrize("url", ENDPOINTS)
def test_options_and_cors_preflight(client, corpus, settings, url):
    settings.API_CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    preflight = {"Origin": "https://partner.example", "Access-Control-Request-Method": "GET"}
    response = client.options(url, headers=preflight)
    assert response.status_code == 204 and response["Allow"] == "GET, HEAD, OPTIONS"
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
    other = client.options(url, headers={**preflight, "Origin": "https://evil.example"})
    assert other.status_code == 204 and "Access-Control-Allow-Origin" not in other
    read = client.get(url, headers={"Origin": "https://partner.example"})
    assert "ETag" in read["Access-Control-Expose-Headers"]


def test_errors_speak_the_language_of_accept_language(client, corpus):
    dutch = client.get(LIST, {"page": "abc"}).json()
    english = client.get(LIST, {"page": "abc"}, headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert english["Content-Language"] == "en" and "Accept-Language" in english["Vary"]
    assert english.json()["errors"]["page"] == ["Enter a whole number of 1 or more."]
    assert dutch["errors"]["page"] == ["Geef een heel getal van 1 of meer."]
    unknown_language = client.get(LIST, {"page": "abc"}, headers={"Accept-Language": "fr, de;q=0.5"}).json()
    assert unknown_language == dutch
    filter_error = client.get(LIST, {"type": "x"}, headers={"Accept-Language": "en"}).json()
    assert "Select a valid choice" in filter_error["errors"]["type"][0]
    assert client.post(LIST, headers={"Accept-Language": "en"}).json()["detail"].startswith("The method POST")


def test_the_index_links_the_description_and_the_endpoints(client, corpus):
    data = client.get("/api/v1/").json()
    assert data["openapi"] == "http://testserver/api/v1/openapi.json"
    assert data["documentation"] == "http://testserver/api/"
    assert data["endpoints"] == {
        "articles": "http://testserver/api/v1/articles/",
        "article": "http://testserver/api/v1/articles/{slug}/",
        "topics": "http://testserver/api/v1/topics/",
    }


def test_a_browser_at_the_index_gets_the_documentation_in_its_language(client):
    html = "text/html,application/xhtml+xml,*/*;q=0.8"
    assert client.get("/api/v1/", headers={"Accept": html}).url == "/api/"
    english = client.get("/api/v1/", headers={"Accept": html, "Accept-Language": "en"})
    assert english.status_code == 302 and english.url == "/en/api/"
    assert "Accept" in english["Vary"]


def test_the_list_suggests_a_better_query_within_the_same_filters(client, corpus):
    assert client.get(LIST, {"q": "vodoo"}).json()["suggestion"] == "voodoo"
    # No English article is about voodoo: the correction would find no more than the query.
    assert client.get(LIST, {"q": "vodoo", "language": "en"}).json()["suggestion"] is None
    assert client.get(LIST, {"q": "voodoo"}).json()["suggestion"] is None


def test_an_unknown_api_address_is_a_json_404(client):
    response = client.get("/api/v1/partners/")
    assert response.status_code == 404 and response.json()["status"] == 404


def test_the_list_searches_under_the_search_pages_index_plan(client, corpus):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST, {"q": "voodoo"}).json()["count"] == 2
    assert any("enable_seqscan = off" in query["sql"] for query in queries.captured_queries)
    with CaptureQueriesContext(connection) as queries:
        client.get(LIST)
    assert not any("enable_seqscan" in query["sql"] for query in queries.captured_queries)


@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/api/v1/", 0),
        ("/api/v1/openapi.json", 0),
        # The topic filter's lookup, the count, the page's rows, their topics.
        (f"{LIST}?topic=voodoo", 4),
        # With q also the search slot (take, free), the query's topics, the planner hint (savepoint, SET LOCAL,
        # release), the country filter's lookup, and the ranked ids apart from their rows.
        (f"{LIST}?q=voodoo&country=ng&topic=voodoo", 12),
        # With a misspelt q, no filters, but the suggestion's words and its count.
        (f"{LIST}?q=vodoo", 11),
        # The article with its translation, its topics, its attachments.
        ("/api/v1/articles/uitspraak-voodoo-eed/", 3),
        (TOPICS, 1),
    ],
)
def test_query_counts_do_not_grow_with_the_rows(client, ruling, url, most, django_assert_max_num_queries):
    voodoo_and_nigeria = list(ruling.topics.all())
    for number in range(25):
        make_article("Voodoo", slug=f"a{number:02}", status=Status.PUBLISHED, days_ago=30, topics=voodoo_and_nigeria)
        make_attachment(ruling, title=f"Bijlage {number}", name=f"b{number}.pdf")
        make_topic(f"Thema {number}", TopicKind.THEME)
    with django_assert_max_num_queries(most):
        assert client.get(url).status_code == 200
