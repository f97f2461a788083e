"""Alerts without accounts: every filtered list and every search has an RSS and an Atom feed of what it lists first."""

import re
from html import unescape
from urllib.parse import urlsplit

import feedparser
import pytest

from articles.feeds import FEED_LENGTH
from articles.models import ArticleType, Status
from articles.views import ARTICLES_PER_PAGE
from tests.factories import make_published_article, make_topic

pytestmark = pytest.mark.django_db

CARD_LINK = re.compile(r'<h3 class="card-title"[^>]*><a href="([^"]+)">')
ALTERNATE = re.compile(r'<link rel="alternate" type="application/(rss|atom)\+xml" title="[^"]*" href="([^"]*)">')


def listed_paths(response):
    """The article links of a list or search page, in the order shown."""
    assert response.status_code == 200
    return CARD_LINK.findall(response.content.decode())


def feed_alternates(response):
    return {kind: unescape(href) for kind, href in ALTERNATE.findall(response.content.decode())}


def parsed_feed(client, url, version):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    return feed


def feed_paths(feed):
    return [urlsplit(entry.link).path for entry in feed.entries]


def assert_feeds_list_the_page(client, page_url):
    """The page's two alternates are valid RSS 2.0 and Atom 1.0 and hold its first page, in its order."""
    page = client.get(page_url)
    shown = listed_paths(page)
    assert shown, "a test needs a page that lists something"
    alternates = feed_alternates(page)
    for kind, version in (("rss", "rss20"), ("atom", "atom10")):
        assert feed_paths(parsed_feed(client, alternates[kind], version)) == shown
    return alternates


@pytest.fixture
def combination(voodoo, nigeria):
    """Voodoo + Nigeria + case law among near misses, more than a page of it."""
    guinea = make_topic("Guinee", kind="country", iso_code="GN", slug="guinee")
    for day in range(ARTICLES_PER_PAGE + 3):
        make_published_article(
            f"Uitspraak {day}", topics=[voodoo, nigeria], article_type=ArticleType.CASE_LAW, days_ago=day + 1
        )
    make_published_article("Nieuws over voodoo in Nigeria", topics=[voodoo, nigeria], days_ago=0)
    make_published_article("Uitspraak over Guinee", topics=[voodoo, guinea], article_type=ArticleType.CASE_LAW)
    make_published_article("Uitspraak zonder voodoo", topics=[nigeria], article_type=ArticleType.CASE_LAW)
    make_published_article("Concept", topics=[voodoo, nigeria], article_type=ArticleType.CASE_LAW, status=Status.DRAFT)


def test_feed_length_is_a_page():
    assert FEED_LENGTH == ARTICLES_PER_PAGE


def test_a_filtered_list_has_feeds_of_exactly_its_first_page(client, combination):
    alternates = assert_feeds_list_the_page(client, "/artikelen/?topic=voodoo&country=ng&type=case_law")
    assert alternates["rss"].startswith("/artikelen/feed/rss/?")
    feed = parsed_feed(client, alternates["rss"], "rss20")
    assert len(feed.entries) == ARTICLES_PER_PAGE
    assert {entry.title for entry in feed.entries} <= {f"Uitspraak {day}" for day in range(ARTICLES_PER_PAGE + 3)}
    # The title says which filters; the link leads back to the list.
    assert "Voodoo" in feed.feed.title and "Nigeria" in feed.feed.title
    assert urlsplit(feed.feed.link).path == "/artikelen/"


def test_the_feed_of_a_later_page_is_the_first_page(client, combination):
    page_two = feed_alternates(client.get("/artikelen/?topic=voodoo&country=ng&type=case_law&page=2"))
    assert "page" not in page_two["rss"]
    first = listed_paths(client.get("/artikelen/?topic=voodoo&country=ng&type=case_law"))
    assert feed_paths(parsed_feed(client, page_two["rss"], "rss20")) == first


def test_the_visible_feed_links_carry_the_filters(client, combination):
    html = client.get("/artikelen/?topic=voodoo&type=case_law").content.decode()
    visible = re.search(r'<p class="feeds">.*?</p>', html, re.S).group(0)
    assert "/artikelen/feed/rss/?topic=voodoo&amp;type=case_law" in visible
    assert "/artikelen/feed/atom/?topic=voodoo&amp;type=case_law" in visible


def test_a_topic_page_and_a_country_page_have_the_feeds_of_their_lists(client, combination, voodoo, nigeria):
    for topic_page, list_url in ((voodoo, "/artikelen/?topic=voodoo"), (nigeria, "/artikelen/?country=nigeria")):
        alternates = feed_alternates(client.get(topic_page.get_absolute_url()))
        assert alternates["rss"] == topic_page.get_rss_url()
        shown = listed_paths(client.get(list_url))
        assert feed_paths(parsed_feed(client, alternates["rss"], "rss20")) == shown
        assert feed_paths(parsed_feed(client, alternates["atom"], "atom10")) == shown


def test_a_topic_feed_takes_more_filters(client, combination):
    shown = listed_paths(client.get("/artikelen/?country=nigeria&type=news"))
    assert shown
    assert feed_paths(parsed_feed(client, "/landen/nigeria/feed/rss/?type=news", "rss20")) == shown


def test_unknown_filter_values_are_dropped_not_an_error(client, combination):
    url = "/artikelen/feed/rss/?topic=bestaat-niet&country=ng&type=geen-type&year=abc&language=xx"
    feed = parsed_feed(client, url, "rss20")
    shown = listed_paths(client.get("/artikelen/?topic=bestaat-niet&country=ng&type=geen-type&year=abc&language=xx"))
    assert feed_paths(feed) == shown
    assert "niet begrepen" in feed.feed.description
    assert client.get("/artikelen/feed/atom/?topic=%00&year=99999999999").status_code == 200


@pytest.fixture
def searchable(topics):
    for day in range(ARTICLES_PER_PAGE + 5):
        make_published_article(
            f"Juju-eed {day}",
            summary="Over de voodoo-eed en schuld." if day % 2 else "Een eed.",
            topics=[topics["voodoo"], topics["nigeria"]] if day % 3 else [topics["voodoo"]],
            days_ago=day,
        )
    make_published_article("Iets anders", summary="Arbeidsuitbuiting in de kassen.")


@pytest.mark.parametrize("order", ["", "&order=date"])
def test_a_search_has_feeds_of_exactly_its_first_page(client, searchable, order):
    alternates = assert_feeds_list_the_page(client, f"/zoeken/?q=juju+eed{order}")
    assert alternates["rss"].startswith("/zoeken/feed/rss/?q=juju")
    feed = parsed_feed(client, alternates["atom"], "atom10")
    assert len(feed.entries) == ARTICLES_PER_PAGE
    assert "juju eed" in feed.feed.title


def test_a_filtered_search_has_feeds_of_exactly_its_first_page(client, searchable):
    assert_feeds_list_the_page(client, "/zoeken/?q=eed&country=nigeria&type=news")
    assert_feeds_list_the_page(client, "/en/zoeken/?q=eed&country=ng")


def test_an_empty_search_feed_leads_to_the_latest_articles(client, searchable):
    response = client.get("/zoeken/feed/rss/?q=+&country=ng")
    assert response.status_code == 302
    assert response["Location"] == "/artikelen/feed/rss/?country=ng"
    assert client.get("/zoeken/feed/atom/")["Location"] == "/artikelen/feed/atom/"


def test_search_feeds_stay_out_of_shared_caches_and_bad_input_is_no_error(client, searchable):
    response = client.get("/zoeken/feed/rss/?q=juju")
    assert "private" in response["Cache-Control"]
    for url in ("/zoeken/feed/rss/?q=%00juju&year=abc", "/zoeken/feed/atom/?q=" + "x" * 500, '/zoeken/feed/rss/?q="'):
        assert client.get(url).status_code == 200, url
