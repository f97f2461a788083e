"""The demo's events carry their moments and places, in Amsterdam time, and reach the agenda."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from articles.models import Article, ArticleType
from ckm_portal.demo import files

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_the_demo_files_give_events_their_moments():
    events = [item for item in files.read_articles() if item.get("event_start")]
    assert len(events) >= 3
    assert all(item["article_type"] == ArticleType.EVENT and item.get("event_place") for item in events)


@pytest.mark.slow  # a load of the whole demo
@pytest.mark.django_db
def test_loaded_events_are_in_amsterdam_time_and_on_the_agenda(demo, client):
    symposium = Article.objects.get(slug="symposium-tien-jaar-ckm-gebouw")
    assert symposium.event_start == dt.datetime(2024, 10, 27, 13, 30, tzinfo=AMSTERDAM)
    assert symposium.event_end == dt.datetime(2024, 10, 27, 17, 0, tzinfo=AMSTERDAM)
    assert symposium.event_place == "CKM-gebouw, Leeuwarden"
    upcoming = list(Article.objects.published().upcoming_events().values_list("slug", flat=True))
    past = list(Article.objects.published().past_events().values_list("slug", flat=True))
    assert symposium.slug in past
    shown = re.findall(r'<h3 class="card-title"[^>]*><a href="/artikelen/([^/]+)/">', client.get("/agenda/").text)
    assert shown == upcoming[:20]
