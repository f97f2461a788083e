"""The feeds, the agenda and the iCalendar files ask the database as often with many items as with a few."""

import datetime as dt

import pytest
from django.utils import timezone

from articles.models import ArticleType
from tests.factories import make_published_article

pytestmark = pytest.mark.django_db


def make_event(title, in_days, topics=()):
    start = timezone.now() + dt.timedelta(days=in_days)
    return make_published_article(
        title,
        article_type=ArticleType.EVENT,
        event_start=start,
        event_end=start + dt.timedelta(hours=2),
        event_place="Leeuwarden",
        topics=topics,
    )


@pytest.fixture
def tagged(voodoo, nigeria):
    def add(count):
        for number in range(count):
            make_published_article(
                f"Juju-eed {number}", topics=[voodoo, nigeria], article_type=ArticleType.CASE_LAW, days_ago=number
            )

    add(2)
    return lambda: add(40)


@pytest.mark.parametrize(
    "url",
    [
        "/artikelen/feed/rss/",
        "/artikelen/feed/rss/?topic=voodoo&country=ng&type=case_law",
        "/en/artikelen/feed/atom/?country=nigeria&year=abc",
        "/onderwerpen/voodoo/feed/rss/",
        "/landen/nigeria/feed/atom/?type=case_law",
        "/zoeken/feed/rss/?q=juju",
        "/zoeken/feed/atom/?q=eed&country=ng&order=date",
    ],
)
def test_feed_queries_do_not_grow(queries_do_not_grow, tagged, url):
    # A search also takes and gives back its search slot (ckm_portal/core/search_slots.py): two queries.
    response = queries_do_not_grow(url, at_most=10 if url.startswith("/zoeken/") else 8, grow=tagged)
    assert response.status_code == 200


@pytest.fixture
def events(voodoo):
    def add(count, offset):
        for number in range(count):
            make_event(f"Studiedag {offset + number}", offset + number, topics=[voodoo])

    add(2, 1)
    add(2, -30)
    return lambda: (add(30, 3), add(30, -300))


@pytest.mark.parametrize("url", ["/agenda/", "/en/agenda/", "/agenda/afgelopen/", "/agenda/agenda.ics"])
def test_agenda_queries_do_not_grow(queries_do_not_grow, events, url):
    response = queries_do_not_grow(url, at_most=4, grow=events)
    assert response.status_code == 200


def test_event_ics_queries(django_assert_max_num_queries, client):
    event = make_event("Congres", 5)
    with django_assert_max_num_queries(1):
        assert client.get(f"/artikelen/{event.slug}/event.ics").status_code == 200
