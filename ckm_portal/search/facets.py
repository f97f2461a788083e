"""Facet counts of a filtered article queryset, all in one query.

The matching rows are computed once (a materialised CTE over the filtered
queryset's own SQL), then grouped by type, language, year and topic (from each
row's own copy of its topic ids, so the tag table is never joined). A query
that matches most of 100,000 articles is thus matched once, not once per
facet; the number of queries never depends on the number of results.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import FloatField, Value
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from articles.models import ArticleType
from ckm_portal.editorial import Language
from ckm_portal.topics.models import Topic, TopicKind, in_english

TOPICS_SHOWN = 15

FACETS_SQL = """
WITH matching (id, article_type, language, year, topic_ids, rank, published_at) AS MATERIALIZED ({rows})
SELECT 'type', article_type, NULL, NULL, COUNT(*) FROM matching GROUP BY article_type
UNION ALL
SELECT 'language', language, NULL, NULL, COUNT(*) FROM matching GROUP BY language
UNION ALL
SELECT 'year', year::integer::text, NULL, NULL, COUNT(*) FROM matching GROUP BY year
UNION ALL
SELECT CASE WHEN topic.kind = %s THEN 'country' ELSE 'topic' END, topic.slug, topic.name, topic.name_en, counted.n
FROM (
    -- Counted per topic id first: the topics' names join a few dozen rows, not every match.
    SELECT tag_id, COUNT(*) AS n FROM (SELECT unnest(topic_ids) AS tag_id FROM matching) AS links GROUP BY tag_id
) AS counted
JOIN {topic} AS topic ON topic.id = counted.tag_id
-- Unapproved keywords are no facet, whatever their kind.
WHERE topic.kind <> %s AND topic.approved
"""
# The ids of one page of the matches, read from the same matching rows: one pass over the table for both.
# (Append returns each branch's rows in that branch's order.)
PAGE_SQL = """
UNION ALL
(SELECT 'page', id::text, NULL, NULL, NULL FROM matching
 -- Qualified, so the tie-break is the number, not the output column (its text).
 ORDER BY rank DESC, published_at DESC, matching.id DESC LIMIT %s OFFSET %s)
"""


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    active: bool = False


@dataclass
class Facet:
    name: str  # the filter's query parameter
    label: str
    values: list = field(default_factory=list)

    @property
    def active(self):
        return any(value.active for value in self.values)


@dataclass
class FacetCounts:
    total: int
    facets: list
    # The ids of the page asked for, best first; None when no page was asked for.
    page_ids: list = None


def article_facets(filtered, active=None, rank=None, page=None):
    """Counts per type, topic, origin country, language and year of ``filtered`` (an Article queryset).

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

    counts = {"type": {}, "language": {}, "year": {}, "topic": [], "country": []}
    page_ids = [] if page is not None else None
    for facet, value, name, name_en, count in rows:
        if value is None:
            continue
        if facet == "page":
            page_ids.append(int(value))
            continue
        if facet in ("topic", "country"):
            counts[facet].append((value, name_en if in_english() and name_en else name, count))
        else:
            counts[facet][value] = count

    def choices_facet(name, label, choices):
        values = [
            FacetValue(value, choice_label, counts[name][value], active.get(name) == value)
            for value, choice_label in choices
            if value in counts[name]
        ]
        return Facet(name, label, values)

    def topic_facet(name, label):
        ranked = sorted(counts[name], key=lambda item: (-item[2], item[1].lower()))
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
