"""The article list's range of years and its sort: orders with ties, pages in each order, bad values."""

from datetime import UTC, datetime

import pytest
from django.db import connection

from articles.filters import SORTS, ArticleFilterSet
from articles.models import Article
from articles.views import ARTICLES_PER_PAGE
from tests.factories import make_published_article

pytestmark = pytest.mark.django_db

LIST_URL = "/artikelen/"


def at(year, month=6, day=1):
    return datetime(year, month, day, 12, tzinfo=UTC)


def titles(response):
    assert response.status_code == 200
    return [article.title for article in response.context["page_obj"]]


@pytest.fixture
def by_year():
    """One article in each year 2019 to 2023, named after its year; 2021 on its first and last moment."""
    for year in (2019, 2020, 2022, 2023):
        make_published_article(str(year), published_at=at(year))
    make_published_article("2021 begin", published_at=datetime(2021, 1, 1, 0, 0, tzinfo=UTC))
    make_published_article("2021 eind", published_at=datetime(2021, 12, 31, 22, 59, tzinfo=UTC))


def test_year_range_includes_both_ends(client, by_year):
    assert titles(client.get(LIST_URL, {"year_from": 2020, "year_to": 2021})) == ["2021 eind", "2021 begin", "2020"]
    assert titles(client.get(LIST_URL, {"year_from": 2022})) == ["2023", "2022"]
    assert titles(client.get(LIST_URL, {"year_to": 2019})) == ["2019"]
    # A range of one year is that year, as ``year`` gives it.
    assert titles(client.get(LIST_URL, {"year_from": 2021, "year_to": 2021})) == titles(
        client.get(LIST_URL, {"year": 2021})
    )


def test_year_and_range_combine(client, by_year):
    assert titles(client.get(LIST_URL, {"year": 2020, "year_from": 2019, "year_to": 2022})) == ["2020"]
    assert titles(client.get(LIST_URL, {"year": 2023, "year_to": 2022})) == []


def test_reversed_range_is_dropped_with_a_notice(client, by_year):
    response = client.get(LIST_URL, {"year_from": 2022, "year_to": 2020, "type": "news"})
    # Neither end applies; the other filters still do.
    assert len(titles(response)) == 6
    errors = response.context["filterset"].errors
    assert set(errors) == {"year_from", "year_to"}
    assert "niet begrepen" in response.text
    # The notice stays visible: the filter form is not folded away on a phone.
    assert "data-fold" not in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"year_from": "abc"},
        {"year_to": "99999999999999999999"},
        {"year_from": "1800"},
        {"year_to": "-2020"},
        {"year_from": "2020.5"},
        {"year_from": "\x00"},
        {"sort": "price"},
        {"sort": "-title"},
        {"sort": "x" * 5000},
    ],
)
def test_bad_range_and_sort_values_are_dropped_with_a_notice(client, by_year, params):
    response = client.get(LIST_URL, params)
    # Dropped: every article, newest first, as without the bad value.
    assert titles(response) == ["2023", "2022", "2021 eind", "2021 begin", "2020", "2019"]
    assert response.context["filterset"].errors
    assert "niet begrepen" in response.text


def test_sort_orders(client, by_year):
    newest = ["2023", "2022", "2021 eind", "2021 begin", "2020", "2019"]
    assert titles(client.get(LIST_URL)) == newest
    assert titles(client.get(LIST_URL, {"sort": "newest"})) == newest
    assert titles(client.get(LIST_URL, {"sort": "oldest"})) == newest[::-1]
    assert titles(client.get(LIST_URL, {"sort": "title"})) == sorted(newest)


def test_repeated_sort_takes_the_last_value_as_every_filter_does(client, by_year):
    assert titles(client.get(LIST_URL, {"sort": ["title", "oldest"]}))[0] == "2019"


def test_sort_combines_with_filters(client, by_year):
    assert titles(client.get(LIST_URL, {"sort": "oldest", "year_from": 2021})) == [
        "2021 begin",
        "2021 eind",
        "2022",
        "2023",
    ]


def test_ties_are_broken_by_id_in_every_order(client):
    moment = at(2024)
    same = [make_published_article("Zelfde titel", published_at=moment) for _ in range(3)]
    ids = [article.pk for article in same]

    def order(sort):
        response = client.get(LIST_URL, {"sort": sort})
        assert response.status_code == 200
        return [article.pk for article in response.context["page_obj"]]

    assert order("newest") == sorted(ids, reverse=True)
    assert order("oldest") == sorted(ids)
    assert order("title") == sorted(ids)


@pytest.mark.parametrize("sort", ["newest", "oldest", "title"])
def test_pages_in_each_order_hold_every_article_once_in_order(client, sort):
    # Many ties (three moments, four titles), so only the tie-break keeps the pages apart.
    count = ARTICLES_PER_PAGE * 2 + 5
    for number in range(count):
        make_published_article(f"Titel {number % 4}", published_at=at(2020 + number % 3))
    expected = [article.pk for article in ArticleFilterSet({"sort": sort}).qs]
    seen = []
    for page in (1, 2, 3):
        response = client.get(LIST_URL, {"sort": sort, "page": page})
        assert response.status_code == 200
        seen += [article.pk for article in response.context["page_obj"]]
        if page < 3:
            # The links to the next page keep the sort.
            assert f"?sort={sort}&amp;page={page + 1}" in response.text
    assert seen == expected
    assert len(set(seen)) == count


def test_form_shows_range_and_sort_with_labels(client, by_year):
    response = client.get(LIST_URL, {"sort": "title", "year_from": 2020})
    html = response.text
    for name in ("year_from", "year_to"):
        assert f'<label for="id_{name}">' in html
        assert f'type="number" name="{name}"' in html
    assert '<label for="id_sort">' in html
    assert '<option value="title" selected>' in html
    assert 'value="2020"' in html
    # Folded on a phone by static/js/fold.js; open without JavaScript.
    assert '<details class="fold" open data-fold>' in html
    assert "js/fold" in html


def test_filterset_without_sort_keeps_the_given_order(by_year):
    # The search page orders by itself: its filterset has no sort.
    filterset = ArticleFilterSet({"sort": "title"}, sortable=False)
    assert "sort" not in filterset.form.fields
    assert not filterset.errors
    assert next(article.title for article in filterset.qs) == "2023"


def first_card(response):
    html = response.text.split('class="card-list"', 1)[1]
    return min(("2019", "2023"), key=lambda title: html.index(f">{title}<"))


def test_sorted_lists_are_kept_per_url(client, by_year, settings, django_assert_num_queries):
    # The kept-page cache keys on the whole URL: each order is kept as a page of its own.
    settings.PAGE_CACHE_SECONDS = 60
    assert first_card(client.get(LIST_URL, {"sort": "oldest"})) == "2019"
    assert first_card(client.get(LIST_URL, {"sort": "newest"})) == "2023"
    with django_assert_num_queries(0):
        assert first_card(client.get(LIST_URL, {"sort": "oldest"})) == "2019"
        assert first_card(client.get(LIST_URL, {"sort": "newest"})) == "2023"


@pytest.mark.parametrize("params", [{}, {"sort": "title"}, {"sort": "oldest", "year_from": "2000", "year_to": "2030"}])
def test_list_query_count_does_not_grow_in_each_order(queries_do_not_grow, params):
    make_published_article("Een")

    def grow():
        for number in range(30):
            make_published_article(f"Meer {number}")

    queries_do_not_grow(LIST_URL, params, at_most=6, grow=grow)


def test_title_sort_can_read_its_pages_from_the_index(by_year):
    # With so few rows the planner would rather sort; forbidding sorts and scans of the table shows the
    # index answers the page's id query (published only, title then id, the moment included) by itself.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
    page_ids = Article.objects.published().order_by(*SORTS["title"]).values("pk")[20:40]
    plan = page_ids.explain()
    assert "article_published_title" in plan
    assert "Sort" not in plan
