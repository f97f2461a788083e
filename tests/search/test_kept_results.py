"""Common searches are kept a short while under a keyed hash (ckm_portal/search/kept_results.py); rare ones never."""

import base64

import pytest
from django.core.cache import caches
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from articles.models import Status
from ckm_portal.search.kept_results import results_key
from tests.factories import make_published_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def keeping(settings):
    settings.SEARCH_CACHE_SECONDS = 60
    settings.SEARCH_CACHE_MIN_MATCHES = 3


@pytest.fixture
def loverboy_articles(db):
    return [make_published_article(f"Loverboy-aanpak {n}", days_ago=n) for n in range(1, 4)]


def ranking_passes(client, url):
    """How many times the page's request ran the facet pass, and the titles it shows."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    titles = [article.title for article in response.context["results"].page_obj]
    return sum("WITH matching" in query["sql"] for query in queries.captured_queries), titles


def kept_entries():
    """The keys and stored values of the kept searches: rows of the database cache's table, values as bytes."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM search_kept_results ORDER BY cache_key")
        rows = cursor.fetchall()
    return [key for key, _value in rows], [base64.b64decode(value) for _key, value in rows]


@pytest.mark.usefixtures("keeping", "loverboy_articles")
def test_a_common_search_is_ranked_once_and_then_kept(client):
    first = ranking_passes(client, "/zoeken/?q=loverboy")
    assert first[0] == 1 and len(first[1]) == 3
    assert ranking_passes(client, "/zoeken/?q=loverboy") == (0, first[1])
    # Another page, order, filter or language is another search.
    assert ranking_passes(client, "/zoeken/?q=loverboy&order=date")[0] == 1
    assert ranking_passes(client, "/en/zoeken/?q=loverboy")[0] == 1


@pytest.mark.usefixtures("keeping")
def test_a_search_with_few_matches_is_never_kept(client):
    make_published_article("Loverboy-aanpak")
    assert ranking_passes(client, "/zoeken/?q=loverboy")[0] == 1
    assert ranking_passes(client, "/zoeken/?q=loverboy")[0] == 1
    assert kept_entries() == ([], [])


@pytest.mark.usefixtures("keeping", "loverboy_articles")
def test_the_store_holds_no_search_term(client):
    client.get("/zoeken/?q=loverboy+aanpak")
    keys, values = kept_entries()
    assert len(keys) == 1 and isinstance(values[0], bytes)
    assert "loverboy" not in keys[0] and "aanpak" not in keys[0]
    assert b"loverboy" not in values[0].lower() and b"aanpak" not in values[0].lower()
    assert caches["searches"].get(results_key("loverboy aanpak", QueryDict(), "relevance", 1)).total == 3


@pytest.mark.usefixtures("keeping")
def test_an_article_taken_offline_leaves_a_kept_search_at_once(client, loverboy_articles):
    client.get("/zoeken/?q=loverboy")
    gone = loverboy_articles[0]
    gone.status = Status.DRAFT
    gone.save()
    passes, titles = ranking_passes(client, "/zoeken/?q=loverboy")
    assert passes == 0 and gone.title not in titles and len(titles) == 2


def test_the_key_tells_every_part_of_a_search_apart():
    base = ("loverboy", QueryDict("topic=voodoo&type=case_law"), "relevance", 1)
    key = results_key(*base)
    # The order of the filters does not matter; the query, each filter, the order, the page and the language do.
    assert results_key("loverboy", QueryDict("type=case_law&topic=voodoo&page=2&q=x"), "relevance", 1) == key
    others = [
        results_key("loverboys", *base[1:]),
        results_key("loverboy", QueryDict("topic=voodoo"), "relevance", 1),
        results_key("loverboy", base[1], "date", 1),
        results_key("loverboy", base[1], "relevance", 2),
    ]
    with translation.override("en"):
        others.append(results_key(*base))
    assert len({key, *others}) == 6
    assert all("loverboy" not in other for other in [key, *others])
