"""Linked translations on the public pages: hreflang alternates and "Read in English" for a public translation
only, in a fixed number of queries, and the language mark on the cards of articles in the other language."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.models import Article, Status
from tests.factories import make_published_article

pytestmark = pytest.mark.django_db


def alternates(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


# Public pages


@pytest.fixture
def pair():
    dutch = make_published_article("Voodoo en de juju-eed", slug="voodoo-en-de-juju-eed")
    english = make_published_article("Voodoo and the juju oath", slug="voodoo-and-the-juju-oath", language="en")
    services.link_translation(dutch, english)
    return dutch, english


def test_an_article_links_its_public_translation_in_its_own_language(client, pair):
    page = client.get("/artikelen/voodoo-en-de-juju-eed/").text
    assert (
        '<p class="translation-link" lang="en"><a href="/en/artikelen/voodoo-and-the-juju-oath/" hreflang="en">'
        "Read in English</a></p>"
    ) in page
    english_page = client.get("/en/artikelen/voodoo-and-the-juju-oath/").text
    assert (
        '<p class="translation-link" lang="nl"><a href="/artikelen/voodoo-en-de-juju-eed/" hreflang="nl">'
        "Lees in het Nederlands</a></p>"
    ) in english_page


def test_hreflang_names_the_language_of_the_text_the_same_on_every_page_of_the_pair(client, pair):
    expected = [
        ("nl", "http://testserver/artikelen/voodoo-en-de-juju-eed/"),
        ("en", "http://testserver/en/artikelen/voodoo-and-the-juju-oath/"),
    ]
    for path in ("/artikelen/voodoo-en-de-juju-eed/", "/en/artikelen/voodoo-en-de-juju-eed/"):
        assert alternates(client.get(path).text) == expected, path
    for path in ("/artikelen/voodoo-and-the-juju-oath/", "/en/artikelen/voodoo-and-the-juju-oath/"):
        assert sorted(alternates(client.get(path).text)) == sorted(expected), path


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED, "scheduled"])
def test_a_translation_the_public_cannot_see_is_not_linked(client, pair, status):
    _dutch, english = pair
    if status == "scheduled":
        Article.objects.filter(pk=english.pk).update(published_at=english.published_at.replace(year=3000))
    else:
        Article.objects.filter(pk=english.pk).update(status=status)

    page = client.get("/artikelen/voodoo-en-de-juju-eed/").text

    assert "translation-link" not in page
    assert "oath" not in page
    # The interface alternates are back: the same article in the Dutch and the English interface.
    assert alternates(page) == [
        ("nl", "http://testserver/artikelen/voodoo-en-de-juju-eed/"),
        ("en", "http://testserver/en/artikelen/voodoo-en-de-juju-eed/"),
    ]


def test_the_detail_page_fetches_the_translation_without_an_extra_query(client, pair):
    dutch, _english = pair
    lone = make_published_article("Zonder vertaling")
    client.get(lone.get_absolute_url())  # warms the per-process caches (content types)

    with CaptureQueriesContext(connection) as alone:
        client.get(lone.get_absolute_url())
    with CaptureQueriesContext(connection) as linked:
        assert "translation-link" in client.get(dutch.get_absolute_url()).text

    assert len(linked.captured_queries) == len(alone.captured_queries)


# Cards


def badge(code, label):
    return (
        f'<span class="language-badge"><span aria-hidden="true" lang="{code}">{code.upper()}</span>'
        f'<span class="visually-hidden">{label}</span></span>'
    )


def test_cards_mark_articles_in_the_other_language_than_the_interface(client, voodoo):
    make_published_article("Nederlands artikel", topics=[voodoo])
    make_published_article("English article", topics=[voodoo], language="en")

    for path in ("/en/artikelen/", "/en/", "/en/zoeken/?q=voodoo", "/en/onderwerpen/voodoo/"):
        page = client.get(path).text
        assert page.count(badge("nl", "In Dutch")) == 1, path
        assert 'lang="en">EN<' not in page, path
    for path in ("/artikelen/", "/", "/zoeken/?q=voodoo", "/onderwerpen/voodoo/"):
        page = client.get(path).text
        assert page.count(badge("en", "In het Engels")) == 1, path
        assert 'lang="nl">NL<' not in page, path


def test_the_marks_cost_no_query(queries_do_not_grow):
    make_published_article("Nederlands")

    def grow():
        for number in range(10):
            make_published_article(f"English {number}", language="en")

    queries_do_not_grow("/en/artikelen/", at_most=12, grow=grow)
