"""The search backend that lower layers (the JSON API) reach through ``core.search_backend``."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict

from articles.models import Article
from ckm_portal.search import query
from ckm_portal.search.selectors import matching_articles, ordered


class SearchBackend:
    def clean_params(self, params: QueryDict) -> QueryDict:
        """A copy of the QueryDict that PostgreSQL can take (no control characters)."""
        return query.clean_params(params)

    def clean(self, text: str | None) -> tuple[str, bool]:
        """(text, was_cut): the query as it is searched for."""
        return query.clean(text)

    def search(self, text: str, queryset: QuerySet[Article] | None = None) -> QuerySet[Article]:
        """The published articles (or those of ``queryset``) matching ``text``, most relevant first."""
        parsed = query.parse(text)
        return ordered(matching_articles(parsed, queryset), parsed, "relevance")

    def matching(self, queryset: QuerySet[Any], text: str) -> QuerySet[Any]:
        """The rows of ``queryset`` (any searchable model) matching ``text``, as the search page's matches."""
        return queryset.filter(query.parse(text).match())
