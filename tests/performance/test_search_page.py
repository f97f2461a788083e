"""The search page picks its page of ids in the facet query; the page shown is still the one the paginator picks."""

import pytest

from articles.models import Status
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("page", "expected"),
    [("2", 2), ("0", 2), ("-1", 2), ("99999999999999999999999999", 2), ("x", 1), ("", 1), ("2.0", 1)],
)
def test_any_page_number_shows_the_page_the_paginator_picks(client, topics, page, expected):
    for number in range(25):
        make_article(
            "Voodoo", slug=f"a{number:02}", status=Status.PUBLISHED, topics=[topics["voodoo"]], days_ago=number + 1
        )
    response = client.get("/zoeken/", {"q": "voodoo", "page": page})
    assert response.status_code == 200
    page_obj = response.context["results"].page_obj
    assert page_obj.number == expected
    slugs = [article.slug for article in page_obj.object_list]
    # Equal ranks: newest first.
    assert slugs == [f"a{number:02}" for number in range(25)][(expected - 1) * 20 : expected * 20]
