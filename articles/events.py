"""Events as iCalendar (RFC 5545): the agenda's feed of upcoming events and one event's .ics file."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, timedelta

from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from articles.models import Article

# An event without an end is given this length, so calendars show a block rather than a point.
DEFAULT_LENGTH = timedelta(hours=1)
# The agenda's feed: the soonest upcoming events.
CALENDAR_LENGTH = 100


def event_component(article: Article, request: HttpRequest) -> Event:
    url = request.build_absolute_uri(article.get_absolute_url())
    start = article.event_start
    assert start is not None  # noqa: S101 (only events with a start are exported)
    event = Event()
    # Stable across edits and servers: the article's id and the site's host name (without a port).
    host = split_domain_port(request.get_host())[0] or request.get_host()
    event.add("uid", f"article-{article.pk}@{host}")
    event.add("dtstamp", (article.updated_at or start).astimezone(UTC))
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", (article.event_end or start + DEFAULT_LENGTH).astimezone(UTC))
    event.add("summary", article.title)
    if article.event_place:
        event.add("location", article.event_place)
    event.add("url", url)
    event.add("description", f"{article.summary}\n\n{url}".strip())
    return event


def calendar(articles: Iterable[Article], request: HttpRequest, name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//CKM//Kennisbank//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for article in articles:
        cal.add_component(event_component(article, request))
    return cal


def calendar_response(cal: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def agenda_calendar(request: HttpRequest) -> HttpResponse:
    """The upcoming published events, soonest first: one query."""
    events = Article.objects.published().upcoming_events().for_listing()[:CALENDAR_LENGTH]
    return calendar_response(calendar(events, request, _("CKM knowledge base: agenda")), "agenda.ics")


def event_calendar(request: HttpRequest, article: Article) -> HttpResponse:
    return calendar_response(calendar([article], request, article.title), f"{article.slug}.ics")
