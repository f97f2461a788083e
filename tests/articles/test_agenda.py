"""Events: their moments and place on the page and cards, the agenda, and iCalendar exports."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from icalendar import Calendar

from articles.forms import ArticleAdminForm
from articles.models import ArticleType, Status
from tests.factories import make_published_article

pytestmark = pytest.mark.django_db

CARD_LINK = re.compile(r'<h3 class="card-title"[^>]*><a href="([^"]+)">')


def make_event(title, start_in_days, hours=2, *, end=True, **fields):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=start_in_days)
    fields.setdefault("event_place", f"Zaal van {title}")
    return make_published_article(
        title,
        article_type=ArticleType.EVENT,
        event_start=start,
        event_end=start + dt.timedelta(hours=hours) if end else None,
        **fields,
    )


@pytest.fixture
def events():
    return {
        "later": make_event("Congres", 30),
        "soon": make_event("Studiedag", 2),
        "going_on": make_event("Week tegen uitbuiting", -2, hours=24 * 5),
        "no_end": make_event("Webinar", 10, end=False),
        "past": make_event("Symposium", -40),
        "past_no_end": make_event("Lezing", -3, end=False),
        "draft": make_event("Concept", 5, status=Status.DRAFT, published_at=None),
        "scheduled": make_event("Nog niet openbaar", 5, days_ago=-3),
    }


UPCOMING = ["going_on", "soon", "no_end", "later"]


def slugs_shown(response):
    assert response.status_code == 200
    return [path.rstrip("/").rsplit("/", 1)[-1] for path in CARD_LINK.findall(response.content.decode())]


def test_the_agenda_lists_upcoming_published_events_soonest_first(client, events):
    assert slugs_shown(client.get("/agenda/")) == [events[name].slug for name in UPCOMING]
    assert slugs_shown(client.get("/agenda/afgelopen/")) == [events["past_no_end"].slug, events["past"].slug]
    english = client.get("/en/agenda/")
    assert slugs_shown(english) == [events[name].slug for name in UPCOMING]
    assert 'href="/en/agenda/afgelopen/"' in english.content.decode()


def test_the_agenda_is_linked_from_every_page(client):
    assert 'href="/agenda/"' in client.get("/").content.decode()


def test_event_page_and_card_show_when_and_where(client, events):
    event = events["soon"]
    html = client.get(event.get_absolute_url()).content.decode()
    assert f'datetime="{timezone.localtime(event.event_start).isoformat()}"' in html
    assert event.event_place in html
    assert f'href="/artikelen/{event.slug}/event.ics"' in html
    card = client.get("/agenda/").content.decode()
    assert event.event_place in card
    assert f'datetime="{timezone.localtime(event.event_end).isoformat()}"' in card


def parsed_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_the_agenda_calendar_holds_exactly_the_upcoming_published_events(client, events):
    cal = parsed_calendar(client.get("/agenda/agenda.ics"))
    found = cal.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in found] == [events[name].title for name in UPCOMING]
    for vevent, name in zip(found, UPCOMING, strict=True):
        article = events[name]
        assert vevent.decoded("DTSTART") == article.event_start
        assert vevent.decoded("DTEND") == (article.event_end or article.event_start + dt.timedelta(hours=1))
        assert str(vevent["LOCATION"]) == article.event_place
        assert str(vevent["URL"]) == f"http://testserver{article.get_absolute_url()}"
        assert str(vevent["UID"]) == f"article-{article.pk}@testserver"
        assert article.summary in str(vevent["DESCRIPTION"])
        assert vevent.decoded("DTSTAMP").tzinfo is not None


def test_one_event_as_ics(client, events):
    cal = parsed_calendar(client.get(f"/artikelen/{events['past'].slug}/event.ics"))
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Symposium"
    assert vevent.decoded("DTSTART") == events["past"].event_start
    # Drafts, scheduled articles and articles that are no event have none.
    news = make_published_article("Nieuws")
    for slug in (events["draft"].slug, events["scheduled"].slug, news.slug, "bestaat-niet"):
        assert client.get(f"/artikelen/{slug}/event.ics").status_code == 404


def test_the_admin_form_refuses_an_end_before_the_start(editor):
    start = timezone.now()
    data = {
        "title": "Studiedag",
        "slug": "studiedag",
        "article_type": ArticleType.EVENT,
        "language": "nl",
        "status": Status.DRAFT,
        "event_start": start,
        "event_end": start - dt.timedelta(hours=1),
    }
    form = ArticleAdminForm.for_user(editor)(data=data)
    assert not form.is_valid()
    assert "event_end" in form.errors
