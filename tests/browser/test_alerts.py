"""Alerts without accounts, in Chromium: a filtered search offers its feed (in the head and on the page).

And the agenda is accessible.
"""

import datetime as dt
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
from django.utils import timezone

from articles.models import ArticleType
from ckm_portal.topics.models import TopicKind
from tests.factories import make_published_article, make_topic
from tests.support.axe import axe_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.server]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def content(transactional_db):
    voodoo = make_topic("voodoo", name_en="voodoo", aliases=["juju"])
    nigeria = make_topic("Nigeria", TopicKind.COUNTRY, name_en="Nigeria", slug="nigeria", iso_code="NG")
    for day in range(4):
        make_published_article(
            f"Uitspraak over de juju-eed {day}",
            topics=[voodoo, nigeria],
            article_type=ArticleType.CASE_LAW,
            days_ago=day + 1,
        )
    make_published_article("Juju-eed in het nieuws", topics=[voodoo], days_ago=1)
    start = timezone.now() + dt.timedelta(days=7)
    make_published_article(
        "Studiedag juju en mensenhandel",
        article_type=ArticleType.EVENT,
        event_start=start,
        event_end=start + dt.timedelta(hours=3),
        event_place="Leeuwarden",
        topics=[voodoo],
    )


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_a_filtered_search_offers_its_feed(live_server, browser, content, viewport):
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(live_server.url + "/zoeken/?q=juju&country=ng&type=case_law")
        shown = [
            urlsplit(href).path
            for href in page.locator(".search-results .card-title a").evaluate_all("as => as.map(a => a.href)")
        ]
        assert len(shown) == 4
        head_link = page.locator('head link[rel="alternate"][type="application/rss+xml"]')
        assert head_link.count() == 1
        head_href = head_link.get_attribute("href")
        assert head_href.startswith("/zoeken/feed/rss/?q=juju")
        visible = page.locator('.feeds a[href^="/zoeken/feed/rss/"]')
        visible.scroll_into_view_if_needed()
        assert visible.is_visible()
        assert visible.get_attribute("href") == head_href
        # Following the link gives the feed of what the page lists.
        response = page.request.get(urljoin(page.url, visible.get_attribute("href")))
        assert response.ok
        assert response.headers["content-type"].startswith("application/rss+xml")
        feed = feedparser.parse(response.body())
        assert not feed.bozo
        assert feed.version == "rss20"
        assert [urlsplit(entry.link).path for entry in feed.entries] == shown
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_the_agenda_has_no_accessibility_violations(live_server, browser, content, viewport):
    for path in ("/agenda/", "/en/agenda/afgelopen/"):
        violations = axe_violations(browser, live_server.url + path, viewport=viewport)
        assert violations == [], describe(violations)
