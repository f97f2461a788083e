# ruff: noqa: S314 (the XML parsed here is the portal's own output)
"""With every ISO country in the vocabulary, the browse pages list a country only once it has public content."""

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache

from articles.models import Status
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_article, make_partner, make_project, make_published_article

SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def country(code):
    return Topic.objects.get(iso_code=code)


@pytest.fixture
def some_with_content(every_country):
    """Thailand through an article, Albania through a project, Sweden through a partner; Nigeria only in a draft."""
    make_published_article("Thaise zaak", topics=[country("TH")])
    make_project("Terugkeer naar Albanië", topics=[country("AL")])
    make_partner("Zweedse organisatie", topics=[country("SE")])
    make_article("Concept over Nigeria", status=Status.DRAFT, topics=[country("NG")])
    return ["albanie", "thailand", "zweden"]


def listed_countries(groups):
    return sorted(topic.slug for kind, _, topics in groups if kind == TopicKind.COUNTRY for topic in topics)


def test_the_country_index_lists_only_countries_with_content(client, some_with_content):
    response = client.get("/landen/")
    assert sorted(topic.slug for topic in response.context["countries"]) == some_with_content
    assert "/landen/nigeria/" not in response.text


def test_home_and_topic_index_list_only_countries_with_content(client, some_with_content):
    assert listed_countries(client.get("/").context["topic_kinds"]) == some_with_content
    assert listed_countries(client.get("/onderwerpen/").context["kinds"]) == some_with_content


def test_the_sitemap_leaves_out_empty_countries_whose_pages_still_answer(client, some_with_content):
    response = client.get("/sitemap.xml")
    urls = {loc.text for loc in ET.fromstring(response.content).iter(SITEMAP_LOC)}
    assert {"http://testserver/landen/thailand/", "http://testserver/landen/zweden/"} <= urls
    assert "http://testserver/landen/nigeria/" not in urls
    # Filters and links from search may still lead to an empty country.
    assert client.get("/landen/nigeria/").status_code == 200


def test_country_index_queries_do_not_grow_with_the_countries_used(queries_do_not_grow, some_with_content):
    codes = Topic.objects.countries().order_by("iso_code").values_list("iso_code", flat=True)[:40]

    def forty_more():
        for code in codes:
            make_published_article(topics=[country(code)])
        # The article counts are kept a few minutes; this is the index after they expired.
        cache.clear()

    response = queries_do_not_grow("/landen/", at_most=4, grow=forty_more)
    assert len(response.context["countries"]) > 40
