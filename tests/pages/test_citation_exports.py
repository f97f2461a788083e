"""The RIS and BibTeX downloads ask a fixed number of queries, however many articles and topics there are."""

import pytest
from django.urls import reverse

from tests.factories import make_published_article, make_topic

pytestmark = pytest.mark.django_db


def more_tagged(topic, count=30):
    def grow():
        for n in range(count):
            make_published_article(f"Juju {n}", summary="juju", topics=[topic, make_topic(f"Extra {topic.pk} {n}")])

    return grow


@pytest.mark.parametrize("name", ["articles:export_ris", "articles:export_bib"])
def test_list_export_queries_do_not_grow(queries_do_not_grow, voodoo, name):
    make_published_article("Juju", summary="juju", topics=[voodoo])
    response = queries_do_not_grow(reverse(name), {"topic": "voodoo", "page": 2}, at_most=5, grow=more_tagged(voodoo))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["search:export_ris", "search:export_bib"])
def test_search_export_queries_do_not_grow(queries_do_not_grow, voodoo, name):
    make_published_article("Juju", summary="juju", topics=[voodoo])
    # Two of them take and give back the search slot (ckm_portal/core/search_slots.py).
    response = queries_do_not_grow(reverse(name), {"q": "juju"}, at_most=12, grow=more_tagged(voodoo))
    assert response.status_code == 200


@pytest.mark.parametrize("name", ["articles:cite_ris", "articles:cite_bib"])
def test_single_cite_queries_do_not_grow(queries_do_not_grow, voodoo, name):
    article = make_published_article("Juju", topics=[voodoo])

    def grow():
        article.topics.add(*[make_topic(f"Meer {n}") for n in range(20)])

    response = queries_do_not_grow(reverse(name, args=[article.slug]), at_most=2, grow=grow)
    assert response.status_code == 200
