"""A changed slug keeps the old URLs working (301), without loops."""

import pytest

from articles.models import Status
from ckm_portal.topics.models import Topic, TopicSlugRedirect
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def rename(topic, slug):
    topic.slug = slug
    topic.save()
    return topic


def test_a_renamed_topic_answers_301_at_its_old_url_and_feeds(client, topics):
    rename(topics["voodoo"], "voodoo-en-juju")
    assert TopicSlugRedirect.objects.get(old_slug="voodoo").topic == topics["voodoo"]

    for old, new in [
        ("/onderwerpen/voodoo/", "/onderwerpen/voodoo-en-juju/"),
        ("/onderwerpen/voodoo/feed/rss/", "/onderwerpen/voodoo-en-juju/feed/rss/"),
        ("/onderwerpen/voodoo/feed/atom/", "/onderwerpen/voodoo-en-juju/feed/atom/"),
        # The wrong prefix for the topic still ends on its one URL.
        ("/landen/voodoo/", "/onderwerpen/voodoo-en-juju/"),
    ]:
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new
    assert client.get("/onderwerpen/voodoo-en-juju/").status_code == 200


def test_a_renamed_country_redirects_under_landen(client, topics):
    rename(topics["romania"], "roemenie-ro")
    response = client.get("/landen/roemenie/")
    assert response.status_code == 301 and response["Location"] == "/landen/roemenie-ro/"
    response = client.get("/landen/roemenie/feed/rss/")
    assert response.status_code == 301 and response["Location"] == "/landen/roemenie-ro/feed/rss/"


def test_renaming_back_makes_no_loop(client, topics):
    voodoo = rename(rename(rename(topics["voodoo"], "juju"), "voodoo-2"), "voodoo")
    assert not TopicSlugRedirect.objects.filter(old_slug="voodoo").exists()
    assert set(TopicSlugRedirect.objects.values_list("old_slug", flat=True)) == {"juju", "voodoo-2"}
    assert client.get("/onderwerpen/voodoo/").status_code == 200
    for old in ("juju", "voodoo-2"):
        response = client.get(f"/onderwerpen/{old}/")
        assert response.status_code == 301 and response["Location"] == "/onderwerpen/voodoo/"
    assert voodoo.slug == "voodoo"


def test_saving_without_a_new_slug_records_nothing(topics):
    topics["voodoo"].name_en = "Voodoo (juju)"
    topics["voodoo"].save()
    assert not TopicSlugRedirect.objects.exists()


def test_an_old_slug_still_filters_the_article_list(client, topics):
    make_article("Een zaak", slug="voodoo-zaak", status=Status.PUBLISHED, days_ago=30, topics=[topics["voodoo"]])
    make_article(
        "Een andere zaak", slug="roemeense-zaak", status=Status.PUBLISHED, days_ago=30, topics=[topics["romania"]]
    )
    rename(topics["voodoo"], "voodoo-en-juju")
    rename(topics["romania"], "roemenie-ro")

    response = client.get("/artikelen/", {"topic": "voodoo"})
    assert [article.slug for article in response.context["page_obj"]] == ["voodoo-zaak"]
    response = client.get("/artikelen/", {"country": "roemenie"})
    assert [article.slug for article in response.context["page_obj"]] == ["roemeense-zaak"]
    # An old slug of a topic is no country, and vice versa.
    assert client.get("/artikelen/", {"country": "voodoo"}).context["filterset"].errors


def test_an_unknown_or_unapproved_old_slug_is_404(client, topics):
    assert client.get("/onderwerpen/bestaat-niet/").status_code == 404
    rename(topics["voodoo"], "voodoo-nieuw")
    Topic.objects.filter(pk=topics["voodoo"].pk).update(approved=False)
    assert client.get("/onderwerpen/voodoo/").status_code == 404
    assert client.get("/onderwerpen/voodoo/feed/rss/").status_code == 404
