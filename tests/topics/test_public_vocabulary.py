"""Keywords no chief editor approved stay off the public site: pages, lists, facets, suggestions, filters."""

import pytest
from django.test import RequestFactory

from articles.filters import ArticleFilterSet
from articles.models import Status
from ckm_portal.search.query import parse
from ckm_portal.search.suggestions import did_you_mean
from ckm_portal.topics.models import Topic, TopicKind
from partners.filters import PartnerFilterSet
from partners.models import Partner
from projects.filters import ProjectFilterSet
from projects.models import Project
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def unapproved(corpus, topics):
    """What an editor's typo used to create: "Vodoo", unapproved, on a published article, project and partner.

    Also an unapproved theme and country, which facets and filters would otherwise show.
    """
    vodoo = Topic.objects.create(name="Vodoo", slug="vodoo", kind=TopicKind.KEYWORD, approved=False)
    theme = Topic.objects.create(name="Kinderarbeid", slug="kinderarbeid", kind=TopicKind.THEME, approved=False)
    country = Topic.objects.create(
        name="Atlantis", slug="atlantis", kind=TopicKind.COUNTRY, iso_code="AX", approved=False
    )
    article = make_article(
        "Een ritueel als dwangmiddel",
        slug="vodoo-artikel",
        status=Status.PUBLISHED,
        topics=[vodoo, theme, country, topics["voodoo"]],
        days_ago=2,
    )
    for row in (Project.objects.get(slug="terugkeer-nigeria"), Partner.objects.get(slug="fairwork")):
        row.topics.add(vodoo, theme, country)
    return {"vodoo": vodoo, "theme": theme, "country": country, "article": article}


HIDDEN_URLS = ("/onderwerpen/vodoo/", "/onderwerpen/kinderarbeid/", "/landen/atlantis/")


def assert_hidden(html):
    for url in HIDDEN_URLS:
        assert url not in html
    assert "Atlantis" not in html and "Kinderarbeid" not in html


def test_no_page_or_feed_for_an_unapproved_topic(client, unapproved):
    for url in HIDDEN_URLS:
        assert client.get(url).status_code == 404
        assert client.get(f"{url}feed/rss/").status_code == 404
        assert client.get(f"{url}feed/atom/").status_code == 404
    # Approving it is all it takes.
    Topic.objects.filter(slug="vodoo").update(approved=True)
    assert client.get("/onderwerpen/vodoo/").status_code == 200


def test_not_in_the_indexes_home_or_sitemap(client, unapproved):
    for url in ("/onderwerpen/", "/landen/", "/", "/sitemap.xml"):
        response = client.get(url)
        assert response.status_code == 200
        assert_hidden(response.text)
    # The approved topic on the same article is listed, so the pages are not empty by accident.
    assert "/onderwerpen/voodoo/" in client.get("/onderwerpen/").text


def test_not_among_the_topic_links_of_pages_and_cards(client, unapproved):
    for url in (
        "/artikelen/vodoo-artikel/",
        "/artikelen/",
        "/projecten/terugkeer-nigeria/",
        "/projecten/",
        "/partners/fairwork/",
        "/partners/",
        "/artikelen/feed/rss/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_hidden(response.text)
        assert "Vodoo" not in response.text
    assert "/onderwerpen/voodoo/" in client.get("/artikelen/vodoo-artikel/").text


def test_not_in_search_facets_topics_or_suggestions(client, unapproved):
    response = client.get("/zoeken/", {"q": "ritueel"})
    assert response.status_code == 200
    facet_values = {value.value for facet in response.context["results"].facets for value in facet.values}
    assert "voodoo" in facet_values
    assert not facet_values & {"vodoo", "kinderarbeid", "atlantis"}
    assert_hidden(response.text)

    # "vodoo" names no topic: search does not stand it for the keyword, and suggests the real one.
    assert parse("vodoo").topics == []
    assert parse("kinderarbeid").topics == []
    assert did_you_mean(["vodoo"]) == "voodoo"
    assert did_you_mean(["kinderarbeit"]) == ""


def test_not_among_the_filter_choices(unapproved):
    request = RequestFactory().get("/")
    forms = [
        ArticleFilterSet(request=request).form,
        PartnerFilterSet(request=request, queryset=None).form,
        ProjectFilterSet(request=request, queryset=None).form,
    ]
    hidden = {"vodoo", "kinderarbeid", "atlantis"}
    for form in forms:
        for name in ("topic", "country"):
            if name in form.fields:
                slugs = set(form.fields[name].queryset.values_list("slug", flat=True))
                assert slugs, name
                assert not slugs & hidden
    # Asked for by hand, the slug is refused like any unknown one.
    filterset = ArticleFilterSet({"topic": "kinderarbeid"})
    assert not filterset.is_valid()
    assert ArticleFilterSet({"country": "atlantis"}).errors


def test_the_admin_lists_them_for_review(chief_client, unapproved):
    response = chief_client.get("/admin/topics/topic/", {"approved__exact": "0"})
    assert response.status_code == 200
    listed = {topic.slug for topic in response.context["cl"].result_list}
    assert listed == {"vodoo", "kinderarbeid", "atlantis"}
