from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.filters import ArticleFilterSet
from articles.models import ArticleType, Status
from articles.selectors import article_detail_context
from tests.factories import make_project, make_published_article

pytestmark = pytest.mark.django_db

LIST_URL = "/artikelen/"


def titles(response):
    return [article.title for article in response.context["page_obj"]]


def test_list_shows_published_articles_newest_first(client):
    make_published_article("Oud", days_ago=30)
    make_published_article("Nieuw", days_ago=1)
    make_published_article("Concept", status=Status.DRAFT, published_at=None)
    make_published_article("Gepland", published_at=timezone.now() + timedelta(days=3))
    make_published_article("Gearchiveerd", status=Status.ARCHIVED)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert titles(response) == ["Nieuw", "Oud"]
    assert "Concept" not in response.text
    assert "Gepland" not in response.text


def test_filters_by_type_topic_country_language_and_year(client, voodoo, nigeria, guinea):
    make_published_article("Voodoo uit Nigeria", topics=[voodoo, nigeria], article_type=ArticleType.CASE_LAW)
    make_published_article("Voodoo uit Guinee", topics=[voodoo, guinea])
    make_published_article("Engels", topics=[nigeria], language="en")
    last_year = make_published_article("Vorig jaar", published_at=timezone.now() - timedelta(days=400))

    assert titles(client.get(LIST_URL, {"topic": "voodoo"})) == ["Voodoo uit Guinee", "Voodoo uit Nigeria"]
    assert titles(client.get(LIST_URL, {"topic": "voodoo", "country": "nigeria"})) == ["Voodoo uit Nigeria"]
    # Countries by ISO code work too, in either case.
    assert set(titles(client.get(LIST_URL, {"country": "NG"}))) == {"Voodoo uit Nigeria", "Engels"}
    assert titles(client.get(LIST_URL, {"type": "case_law"})) == ["Voodoo uit Nigeria"]
    assert titles(client.get(LIST_URL, {"language": "en"})) == ["Engels"]
    assert titles(client.get(LIST_URL, {"year": last_year.published_at.year})) == ["Vorig jaar"] or (
        last_year.published_at.year == timezone.now().year
    )


@pytest.mark.parametrize(
    "params",
    [
        {"type": "nonsense"},
        {"topic": "does-not-exist"},
        {"country": "xx"},
        {"language": "fr"},
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"year": "-5"},
        {"topic": "x" * 5000},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "999999999999999999999999"},
        {"topic": "\x00"},
    ],
)
def test_bad_filter_values_and_pages_never_fail(client, params, voodoo):
    make_published_article("Een", topics=[voodoo])
    response = client.get(LIST_URL, params)
    assert response.status_code == 200
    # A bad filter is ignored: the article is still listed.
    assert titles(response) == ["Een"]


def test_bad_filter_is_reported(client):
    response = client.get(LIST_URL, {"type": "nonsense"})
    assert response.context["filterset"].errors
    assert "niet begrepen" in response.text


def test_pagination_keeps_filters_and_out_of_range_gives_last_page(client, voodoo):
    for number in range(45):
        make_published_article(f"Voodoo {number:02d}", topics=[voodoo], days_ago=number + 1)
    make_published_article("Zonder onderwerp")
    response = client.get(LIST_URL, {"topic": "voodoo"})
    assert response.context["page_obj"].paginator.num_pages == 3
    assert "?topic=voodoo&amp;page=2" in response.text
    last = client.get(LIST_URL, {"topic": "voodoo", "page": 99})
    assert last.status_code == 200
    assert last.context["page_obj"].number == 3
    assert len(last.context["page_obj"]) == 5


def test_list_query_count_does_not_grow_with_items(queries_do_not_grow, voodoo, nigeria):
    make_published_article("Een", topics=[voodoo, nigeria])

    def forty_more():
        for _ in range(40):
            make_published_article(topics=[voodoo, nigeria])

    queries_do_not_grow(LIST_URL, {"topic": "voodoo"}, at_most=8, grow=forty_more)


def test_filterset_is_usable_on_its_own(voodoo):
    make_published_article("Een", topics=[voodoo])
    make_published_article("Twee")
    make_published_article("Concept", topics=[voodoo], status=Status.DRAFT, published_at=None)
    filterset = ArticleFilterSet({"topic": "voodoo"})
    assert [article.title for article in filterset.qs] == ["Een"]


def test_detail_shows_body_metadata_topics_and_citation(client, voodoo, nigeria):
    article = make_published_article(
        "Uitspraak over voodoo",
        topics=[voodoo, nigeria],
        article_type=ArticleType.CASE_LAW,
        body="<p>De <strong>rechtbank</strong> oordeelt.</p>",
        court="Rechtbank Amsterdam",
        ecli="ECLI:NL:RBAMS:2015:1234",
        source_name="Rechtspraak.nl",
        source_url="https://example.org/uitspraak",
        authors="A. Auteur",
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    assert "<strong>rechtbank</strong>" in text  # the sanitised body is rendered as HTML
    assert 'href="/onderwerpen/voodoo/"' in text
    assert 'href="/landen/nigeria/"' in text
    assert "ECLI:NL:RBAMS:2015:1234" in text
    assert 'href="https://example.org/uitspraak"' in text
    citation = text.split('class="citation-line"')[1].split("</p>")[0]
    assert "Rechtbank Amsterdam" in citation
    assert f"http://testserver{article.get_absolute_url()}" in citation


def test_detail_escapes_title_and_summary(client):
    article = make_published_article('<script>alert("x")</script>', summary="<img src=x onerror=alert(1)>")
    text = client.get(article.get_absolute_url()).text
    assert '<script>alert("x")</script>' not in text
    assert "<img src=x" not in text


def test_related_articles_by_shared_topics(voodoo, nigeria, guinea):
    article = make_published_article("Hoofd", topics=[voodoo, nigeria])
    both = make_published_article("Beide", topics=[voodoo, nigeria], days_ago=10)
    one = make_published_article("Een", topics=[guinea, voodoo], days_ago=2)
    make_published_article("Geen", topics=[guinea])
    make_published_article("Concept", topics=[voodoo, nigeria], status=Status.DRAFT, published_at=None)
    related = article_detail_context(article)["related_articles"]
    assert related == [both, one]


def test_detail_query_count_is_bounded(client, django_assert_max_num_queries, voodoo):
    article = make_published_article("Hoofd", topics=[voodoo])
    for _ in range(20):
        make_project(topics=[voodoo]).related_articles.add(article)
        make_published_article(topics=[voodoo])
    with django_assert_max_num_queries(8):
        client.get(article.get_absolute_url())


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Status.DRAFT, "published_at": None},
        {"status": Status.REVIEW, "published_at": None},
        {"status": Status.ARCHIVED},
        {"published_at": timezone.now() + timedelta(days=1)},
    ],
)
def test_unpublished_detail_is_404(client, fields):
    article = make_published_article("Niet openbaar", **fields)
    assert client.get(reverse("articles:detail", kwargs={"slug": article.slug})).status_code == 404


def test_unknown_slug_is_404(client, db):
    assert client.get("/artikelen/bestaat-niet/").status_code == 404
    assert client.get("/en/artikelen/bestaat-niet/").status_code == 404
