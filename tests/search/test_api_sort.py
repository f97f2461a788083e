"""The API takes the article list's range of years and sort; without them its answers are as before."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"


def slugs(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return [item["slug"] for item in response.json()["results"]]


def test_without_a_sort_the_order_is_unchanged(client, corpus):
    # Relevance with a query, newest first without.
    assert slugs(client, q="voodoo") == ["voodoo-eed", "uitbuiting-in-de-prostitutie"]
    assert slugs(client) == slugs(client, sort="newest")


def test_sort_and_range(client, corpus):
    newest = slugs(client)
    assert slugs(client, sort="oldest") == newest[::-1]
    assert slugs(client, q="voodoo", sort="oldest") == [
        slug for slug in newest[::-1] if slug in {"voodoo-eed", "uitbuiting-in-de-prostitutie"}
    ]
    this_year = client.get(URL).json()["results"][0]["published_at"][:4]
    assert slugs(client, year_from=this_year, year_to=this_year) == slugs(client, year=this_year)


@pytest.mark.parametrize("params", [{"sort": "price"}, {"year_from": "2024", "year_to": "2020"}, {"year_to": "x"}])
def test_bad_sort_or_range_is_a_400(client, corpus, params):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) <= {"sort", "year_from", "year_to"}
