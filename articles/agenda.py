"""The agenda: upcoming events (and the past ones on a page of their own), as pages and as iCalendar."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from articles import events
from articles.models import Article
from ckm_portal.core.page_cache import cached_for_visitors
from ckm_portal.core.pagination import paginate

EVENTS_PER_PAGE = 20


@require_safe
@cached_for_visitors
def agenda(request: HttpRequest) -> HttpResponse:
    rows = Article.objects.published().upcoming_events().with_listing_relations()
    return render(
        request, "articles/agenda.html", {"page_obj": paginate(request, rows, EVENTS_PER_PAGE), "past": False}
    )


@require_safe
@cached_for_visitors
def past_events(request: HttpRequest) -> HttpResponse:
    rows = Article.objects.published().past_events().with_listing_relations()
    return render(request, "articles/agenda.html", {"page_obj": paginate(request, rows, EVENTS_PER_PAGE), "past": True})


@require_safe
def agenda_ics(request: HttpRequest) -> HttpResponse:
    return events.agenda_calendar(request)


@require_safe
def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().events().for_listing(), slug=slug)
    return events.event_calendar(request, article)
