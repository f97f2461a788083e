"""How relevant an article is to a query: rarer words weigh more, a hit in its own text beats a topic link.

An article's rank adds up, for each term of the query (a word, a phrase, a
topic mention), the term's weight times the rank of its hits in the article's
title (A) and summary (B). The weight is the inverse document frequency of the
term's rarest-counted word (``LexemeWeight``, refreshed with the spelling words),
so in "mensenhandel OR kinderbruid" the article on the rare word comes first.
A topic mention also counts for rows tagged with the topic, a little under a
single summary hit, so the article with an alias in its title ranks above the
many that are only tagged. Ties are broken by the caller (newest first).
See docs/decisions/0016-word-weights.md.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchRank
from django.db import connection, transaction
from django.db.models import Case, Expression, F, FloatField, Value, When
from django.db.models.expressions import RawSQL

from ckm_portal.search.models import ArticleEntry, LexemeWeight
from ckm_portal.search.query import ParsedQuery, RankTerm
from ckm_portal.search.sql import TERM_WEIGHT_SQL, WEIGHTS_SQL

# What being tagged with a mentioned topic adds: below ts_rank's value for one summary (B) hit.
TOPIC_RANK = 0.02


def term_weight(text: str) -> RawSQL:
    """The weight of the rarest-counted word of ``text``, in either language; computed once per query."""
    sql = TERM_WEIGHT_SQL.format(weight=connection.ops.quote_name(LexemeWeight._meta.db_table))
    # Constant SQL; the text is a parameter.
    return RawSQL(sql, (text, text), output_field=FloatField())  # noqa: S611


def _term_rank(term: RankTerm) -> Expression:
    hits: Expression = SearchRank(F("rank_vector"), term.query)
    if term.topic is not None:
        tagged = Case(When(topic_ids__contains=[term.topic.pk], then=Value(TOPIC_RANK)), default=Value(0.0))
        hits = hits + tagged
    return term_weight(term.text) * hits


def weighted_rank(parsed: ParsedQuery) -> Expression:
    """The rank expression over a row's ``rank_vector`` and ``topic_ids`` (search entries or articles)."""
    ranks = [_term_rank(term) for term in parsed.rank_terms]
    if not ranks:
        return Value(0.0, output_field=FloatField())
    total = ranks[0]
    for other in ranks[1:]:
        total = total + other
    return total


def refresh_weights() -> int:
    """Recount in how many public articles each word occurs and store its weight; returns the number of words."""
    qn = connection.ops.quote_name
    sql = WEIGHTS_SQL.format(weight=qn(LexemeWeight._meta.db_table), entry=qn(ArticleEntry._meta.db_table))
    with transaction.atomic(), connection.cursor() as cursor:
        LexemeWeight.objects.all().delete()
        cursor.execute(sql)
        return cursor.rowcount
