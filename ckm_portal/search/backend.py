"""The search backend that lower layers (the JSON API) reach through ``core.search_backend``."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Any

from django.db.models import Model, QuerySet
from django.http import QueryDict

from articles.models import Article
from ckm_portal.search import query
from ckm_portal.search.services import RankedSearch
from ckm_portal.search.signals import topic_copies
from ckm_portal.search.sql import match_by_index
from ckm_portal.search.suggestions import FEW_RESULTS


class SearchBackend:
    def __init__(self) -> None:
        # Each text parsed once (one topic query) for the life of the backend, which a caller gets
        # per request: the API's search and its suggestion share the parse.
        self._parsed: dict[str, query.ParsedQuery] = {}

    def _parse(self, text: str) -> query.ParsedQuery:
        if text not in self._parsed:
            self._parsed[text] = query.parse(text)
        return self._parsed[text]

    def clean_params(self, params: QueryDict) -> QueryDict:
        """A copy of the QueryDict that PostgreSQL can take (no control characters)."""
        return query.clean_params(params)

    def clean(self, text: str | None) -> tuple[str, bool]:
        """(text, was_cut): the query as it is searched for."""
        return query.clean(text)

    def search(self, text: str, params: QueryDict | None = None) -> RankedSearch:
        """The public articles matching ``text`` and the article filters in ``params``, ranked as on the search page.

        Evaluate its ids and suggestion inside ``index_plan()``.
        """
        return RankedSearch.of(self._parse(text), params or QueryDict())

    def matching(self, queryset: QuerySet[Any], text: str) -> QuerySet[Any]:
        """The rows of ``queryset`` (any searchable model) matching ``text``, as the search page's matches."""
        parsed = self._parse(text)
        return queryset.filter(parsed.article_match() if queryset.model is Article else parsed.match())

    def topic_copies(self, model: type[Model], pks: Iterable[int]) -> dict[int, dict[str, Any]]:
        """pk -> {field: value}: the copies of their topics that rows about to be written in bulk keep.

        Their topic links must be written first; read in one query.
        """
        return topic_copies(model, pks)

    def suggest(self, text: str, total: int, params: QueryDict | None = None) -> str:
        """The search page's "did you mean" for ``text``, which found ``total`` articles under the ``params`` filters.

        "" when there is none. Call it inside ``index_plan()``, as the search's own results.
        """
        if total >= FEW_RESULTS:
            return ""  # nothing to correct: spare the parse too
        return self.search(text, params).suggest(total)

    def index_plan(self) -> AbstractContextManager[None]:
        """A block whose queries match under the search page's plan (``sql.match_by_index``): evaluate results in it."""
        return match_by_index()
