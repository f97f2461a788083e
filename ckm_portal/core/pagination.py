from __future__ import annotations

from typing import Any, cast

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

MAX_PAGE = 10**9


class IdFirstPaginator(Paginator):
    """Picks a page's ids first, then loads those rows: a deep page skips index entries, not whole rows.

    A deep ``OFFSET`` over the full rows fetches and drops every row before the page; over the
    ids alone it walks the index. Still one query (the ids are a subquery).
    See docs/decisions/0005-id-first-paginator.md.
    """

    def page(self, number: int | str) -> Page:
        page = super().page(number)
        if isinstance(self.object_list, QuerySet):
            ids = cast(QuerySet[Any], page.object_list).values("pk")
            page.object_list = self.object_list.filter(pk__in=ids)
        return page


def paginate(request: HttpRequest, object_list: Any, per_page: int) -> Page:
    """The requested page; a page number out of range gives the last page, a non-number the first.

    Never an error: links to page 9 of a list that has since shrunk keep working.
    """
    return IdFirstPaginator(object_list, per_page).get_page(request.GET.get("page"))


def render_list(request: HttpRequest, template: str, filterset: Any, rows: Any, per_page: int) -> HttpResponse:
    """A filtered list page: the filter form and the requested page of ``rows``."""
    return render(request, template, {"filterset": filterset, "page_obj": paginate(request, rows, per_page)})


class CountedPaginator(Paginator):
    """A paginator told its count, which the facet query has already computed."""

    def __init__(self, object_list: Any, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self.count = count


def requested_page(page_number: Any) -> int:
    """The page number as the paginator reads it (anything but a whole number is page 1).

    Capped, so the offset stays a number PostgreSQL takes; any page that far is past the end anyway.
    """
    try:
        return min(max(int(page_number), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1
