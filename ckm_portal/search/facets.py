"""Facet counts of a filtered article queryset, all in one query.

The matching rows are computed once (a materialised CTE over the filtered
queryset's own SQL), then grouped by type, language, year and topic (from each
row's own copy of its topic ids, so the tag table is never joined). A query
that matches most of the articles is thus matched once, not once per
facet; the number of queries never depends on the number of results.
See docs/decisions/0004-facet-cte.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connections
from django.db.models import Expression, FloatField, QuerySet, Value
from django.db.models.functions import ExtractYear
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from articles.models import ArticleType
from ckm_portal.core.editorial import Language
from ckm_portal.search.sql import FACETS_SQL, PAGE_SQL
from ckm_portal.topics.models import Topic, TopicKind, in_english

TOPICS_SHOWN = 15


@dataclass
class FacetValue:
    value: str
    label: str | Promise
    count: int
    active: bool = False
    # The facet link, set by the search view.
    url: str = ""


@dataclass
class Facet:
    name: str  # the filter's query parameter
    label: str | Promise
    values: list[FacetValue] = field(default_factory=list)
    # The link that removes this filter, set by the search view.
    clear_url: str = ""

    @property
    def active(self) -> bool:
        return any(value.active for value in self.values)


@dataclass
class FacetCounts:
    total: int
    facets: list[Facet]
    # The ids of the page asked for, best first; None when no page was asked for.
    page_ids: list[int] | None = None


def article_facets(
    filtered: QuerySet[Any],
    active: Mapping[str, Any] | None = None,
    rank: Expression | None = None,
    page: tuple[int, int] | None = None,
) -> FacetCounts:
    """Counts per type, topic, origin country, language and year of ``filtered`` (articles or their search entries).

    ``active`` maps a filter name to its current value, to mark it. The total is
    the sum of the type counts, as every article has exactly one type. With
    ``page`` (offset, size), the same query also picks the ids of that page,
    ordered by ``rank`` (an expression; None for newest first), publish moment, id.
    """
    active = {name: str(value) for name, value in (active or {}).items() if value not in (None, "")}
    rows_sql, rows_params = (
        filtered.order_by()
        .values_list(
            "pk",
            "article_type",
            "language",
            ExtractYear("published_at"),
            "topic_ids",
            rank if rank is not None else Value(0.0, output_field=FloatField()),
            "published_at",
        )
        .query.sql_with_params()
    )
    # Where the filtered rows are read (a replica, under match_by_index's transaction there).
    connection = connections[filtered.db]
    qn = connection.ops.quote_name
    sql = FACETS_SQL.format(rows=rows_sql, topic=qn(Topic._meta.db_table))
    params = (*rows_params, TopicKind.COUNTRY, TopicKind.KEYWORD)
    if page is not None:
        offset, size = page
        sql += PAGE_SQL
        params += (size, offset)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()

    # Counts by value for type, language and year; (slug, name, count) for topics and countries.
    counts: dict[str, dict[str, int]] = {"type": {}, "language": {}, "year": {}}
    topics: dict[str, list[tuple[str, str, int]]] = {"topic": [], "country": []}
    page_ids: list[int] | None = [] if page is not None else None
    for facet, value, name, name_en, count in rows:
        if value is None:
            continue
        if facet == "page" and page_ids is not None:
            page_ids.append(int(value))
            continue
        if facet in ("topic", "country"):
            topics[facet].append((value, name_en if in_english() and name_en else name, count))
        else:
            counts[facet][value] = count

    def choices_facet(name: str, label: str | Promise, choices: Sequence[tuple[str, str | Promise]]) -> Facet:
        values = [
            FacetValue(value, choice_label, counts[name][value], active.get(name) == value)
            for value, choice_label in choices
            if value in counts[name]
        ]
        return Facet(name, label, values)

    def topic_facet(name: str, label: str | Promise) -> Facet:
        ranked = sorted(topics[name], key=lambda item: (-item[2], item[1].lower()))
        shown = ranked[:TOPICS_SHOWN]
        # The active value stays visible even when it is not among the most frequent.
        shown += [item for item in ranked[TOPICS_SHOWN:] if item[0] == active.get(name)]
        return Facet(
            name, label, [FacetValue(slug, title, count, active.get(name) == slug) for slug, title, count in shown]
        )

    years = sorted(counts["year"], key=int, reverse=True)
    facets = [
        choices_facet("type", _("Type"), ArticleType.choices),
        topic_facet("topic", _("Topic")),
        topic_facet("country", _("Origin country")),
        choices_facet("language", _("Language"), Language.choices),
        Facet("year", _("Year"), [FacetValue(y, y, counts["year"][y], active.get("year") == y) for y in years]),
    ]
    return FacetCounts(total=sum(counts["type"].values()), facets=facets, page_ids=page_ids)
