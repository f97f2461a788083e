"""The read-only JSON API for partner sites."""

import pytest

from articles.models import Status
from tests.factories import make_article

pytestmark = pytest.mark.django_db

URL = "/api/v1/articles/"


def test_published_articles_newest_first(client, corpus):
    data = client.get(URL).json()
    assert data["count"] == 8
    assert data["previous"] is None and data["next"] is None
    slugs = [item["slug"] for item in data["results"]]
    assert slugs[0] == "uitbuiting-in-de-prostitutie"
    assert "concept-voodoo" not in slugs and "toekomstig-voodoo" not in slugs
    first = data["results"][0]
    assert first["url"] == "http://testserver/artikelen/uitbuiting-in-de-prostitutie/"
    assert {"slug": "nigeria", "name": "Nigeria", "name_en": "Nigeria", "kind": "country", "iso_code": "NG"} in first[
        "topics"
    ]
    assert "body" not in first


def test_paging(client, topics):
    for number in range(45):
        make_article(f"Artikel {number}", slug=f"a{number:02}", status=Status.PUBLISHED, days_ago=number)
    page1 = client.get(URL).json()
    assert page1["count"] == 45 and len(page1["results"]) == 20
    assert page1["next"] == "http://testserver/api/v1/articles/?page=2"
    page3 = client.get(URL, {"page": 3}).json()
    assert [item["slug"] for item in page3["results"]] == [f"a{number:02}" for number in range(40, 45)]
    assert page3["previous"] == "http://testserver/api/v1/articles/?page=2" and page3["next"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "voodoo"}, {"voodoo-eed"}),
        ({"country": "ng"}, {"voodoo-eed", "uitbuiting-in-de-prostitutie", "uithuwelijking-nigeria"}),
        ({"country": "NG", "topic": "voodoo"}, {"voodoo-eed"}),
        ({"country": "roemenie", "language": "en"}, {"labour-exploitation-en"}),
        ({"q": "forced marriage", "country": "ng"}, {"uithuwelijking-nigeria"}),
        ({"q": "FGM"}, {"besnijdenis-voorkomen"}),
        ({"q": "voodoo", "type": "case_law"}, {"voodoo-eed"}),
    ],
)
def test_filters(client, corpus, params, expected):
    data = client.get(URL, params).json()
    assert {item["slug"] for item in data["results"]} == expected
    assert data["count"] == len(expected)


def test_query_results_are_ranked(client, corpus):
    slugs = [item["slug"] for item in client.get(URL, {"q": "voodoo"}).json()["results"]]
    assert slugs == ["voodoo-eed", "uitbuiting-in-de-prostitutie"]


def test_next_link_keeps_the_filters(client, topics):
    for number in range(25):
        make_article("Voodoo", slug=f"a{number:02}", status=Status.PUBLISHED, days_ago=30, topics=[topics["voodoo"]])
    data = client.get(URL, {"topic": "voodoo", "q": "voodoo"}).json()
    assert data["next"] == "http://testserver/api/v1/articles/?topic=voodoo&q=voodoo&page=2"


@pytest.mark.parametrize("params", [{"country": "zz"}, {"type": "nonsense"}, {"year": "x"}, {"topic": "a\x00b"}])
def test_unknown_filter_values_are_a_400(client, corpus, params):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(params)


def test_odd_queries(client, corpus):
    assert client.get(URL, {"q": "\x00"}).json()["count"] == 8
    assert client.get(URL, {"q": "x" * 1000}).status_code == 200
    # Not a page number: a 400 (tests/api/test_contract.py pins the shape).
    assert client.get(URL, {"page": "abc"}).status_code == 400


def test_read_only(client, corpus):
    assert client.post(URL).status_code == 405


def test_cors_closed_by_default(client, corpus):
    response = client.get(URL, headers={"Origin": "https://partner.example"})
    assert "Access-Control-Allow-Origin" not in response
    assert "Origin" in response["Vary"]


def test_cors_for_listed_origins_only(client, corpus, settings):
    settings.API_CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    response = client.get(URL, headers={"Origin": "https://partner.example"})
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    response = client.get(URL, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in response


def test_query_count_does_not_grow(client, topics, django_assert_max_num_queries):
    for number in range(30):
        make_article(
            "Voodoo",
            slug=f"a{number:02}",
            status=Status.PUBLISHED,
            days_ago=30,
            topics=[topics["voodoo"], topics["nigeria"]],
        )
    # The search slot (take, free), the query's topics, two filter lookups, the planner hint (savepoint,
    # SET LOCAL, release), count, the ranked ids, their rows, topics.
    with django_assert_max_num_queries(12):
        assert client.get(URL, {"q": "voodoo", "country": "ng", "topic": "voodoo"}).status_code == 200
