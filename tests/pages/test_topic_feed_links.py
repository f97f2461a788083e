"""The feed links of topic and country pages (visible and in the head) lead to working feeds."""

import re
from html import unescape

import pytest

from tests.factories import make_published_article

pytestmark = pytest.mark.django_db


def feed_links(html):
    head = html.split("</head>", 1)[0]
    alternates = {
        kind: unescape(href)
        for kind, href in re.findall(
            r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]*)"', head
        )
    }
    actions = re.search(r'<p class="page-actions">(.*?)</p>', html, re.S).group(1)
    visible = {
        kind: unescape(href)
        for href, kind in re.findall(r'<a href="([^"]*)">(RSS|Atom)[ -]feed</a>', actions, re.I)
        for kind in [kind.lower()]
    }
    return alternates, visible


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("topic_name", ["voodoo", "nigeria"])
def test_the_feed_links_of_topic_and_country_pages_work(client, request, prefix, topic_name):
    topic = request.getfixturevalue(topic_name)
    make_published_article("Over dit onderwerp", topics=[topic])
    folder = "landen" if topic.is_country else "onderwerpen"
    page = client.get(f"{prefix}/{folder}/{topic.slug}/")
    assert page.status_code == 200
    alternates, visible = feed_links(page.text)
    assert alternates == visible
    assert set(visible) == {"rss", "atom"}
    assert visible["rss"] == f"{prefix}/{folder}/{topic.slug}/feed/rss/"
    assert visible["atom"] == f"{prefix}/{folder}/{topic.slug}/feed/atom/"
    for kind, url in visible.items():
        feed = client.get(url)
        assert feed.status_code == 200
        assert feed["Content-Type"].startswith(f"application/{kind}+xml")
        assert b"Over dit onderwerp" in feed.content
