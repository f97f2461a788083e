# ruff: noqa: S314 (the XML parsed here is the portal's own output)
import xml.etree.ElementTree as ET

import pytest

from articles.models import Status
from tests.factories import make_partner, make_project, make_published_article

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, [item.findtext("title") for item in channel.findall("item")]


def test_rss_feed_of_latest_articles(client, voodoo):
    make_published_article("Ouder", topics=[voodoo], days_ago=5)
    make_published_article("Nieuwer <en> & zo", topics=[voodoo], days_ago=1)
    make_published_article("Concept", status=Status.DRAFT, published_at=None)
    channel, titles = rss_items(client.get("/artikelen/feed/rss/"))
    assert titles == ["Nieuwer <en> & zo", "Ouder"]
    item = channel.find("item")
    assert item.findtext("link").startswith("http://testserver/artikelen/")
    assert [category.text for category in item.findall("category")] == ["Voodoo"]
    assert channel.findtext("language") == "nl"


def test_atom_feed_of_latest_articles(client):
    make_published_article("Een artikel")
    response = client.get("/artikelen/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Een artikel"]
    assert entries[0].find(f"{ATOM}updated") is not None
    assert feed.findtext(f"{ATOM}subtitle")


def test_topic_and_country_feeds(client, voodoo, nigeria):
    make_published_article("Voodoo", topics=[voodoo])
    make_published_article("Nigeria", topics=[nigeria])
    assert rss_items(client.get("/onderwerpen/voodoo/feed/rss/"))[1] == ["Voodoo"]
    assert rss_items(client.get("/landen/nigeria/feed/rss/"))[1] == ["Nigeria"]
    atom = ET.fromstring(client.get("/landen/nigeria/feed/atom/").content)
    assert [entry.findtext(f"{ATOM}title") for entry in atom.findall(f"{ATOM}entry")] == ["Nigeria"]
    # Countries only under /landen/, topics only under /onderwerpen/, unknown slugs nowhere.
    assert client.get("/onderwerpen/nigeria/feed/rss/").status_code == 404
    assert client.get("/landen/voodoo/feed/atom/").status_code == 404
    assert client.get("/onderwerpen/bestaat-niet/feed/rss/").status_code == 404


def test_english_feed_uses_english_topic_names(client, forced_marriage):
    make_published_article("Een artikel", topics=[forced_marriage])
    channel, _ = rss_items(client.get("/en/artikelen/feed/rss/"))
    assert channel.findtext("language") == "en"
    assert [category.text for category in channel.find("item").findall("category")] == ["Forced marriage"]
    assert channel.findtext("item/link").startswith("http://testserver/en/artikelen/")


def test_feed_query_count_is_bounded(client, django_assert_max_num_queries, voodoo, nigeria):
    for _ in range(40):
        make_published_article(topics=[voodoo, nigeria])
    with django_assert_max_num_queries(3):
        client.get("/artikelen/feed/rss/")
    with django_assert_max_num_queries(4):
        client.get("/landen/nigeria/feed/atom/")


def test_sitemap_lists_every_public_page_in_both_languages(client, voodoo, nigeria):
    article = make_published_article("Openbaar", topics=[voodoo])
    draft = make_published_article("Concept", status=Status.DRAFT, published_at=None)
    partner = make_partner("Fier")
    # A country is listed once something public is tagged with it.
    project = make_project("Terugkeer", topics=[nigeria])
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]
    for path in [
        "/",
        "/artikelen/",
        "/agenda/",
        article.get_absolute_url(),
        "/onderwerpen/voodoo/",
        "/landen/nigeria/",
        "/expertise/",
        partner.get_absolute_url(),
        project.get_absolute_url(),
        "/over-het-ckm/",
        "/contact/",
    ]:
        assert f"http://testserver{path}" in urls
        assert f"http://testserver/en{path}" in urls
    assert f"http://testserver{draft.get_absolute_url()}" not in urls
    first = root.find(f"{SITEMAP}url")
    alternates = {link.get("hreflang"): link.get("href") for link in first.findall(f"{XHTML}link")}
    assert set(alternates) == {"nl", "en", "x-default"}


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
