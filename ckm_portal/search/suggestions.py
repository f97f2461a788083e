"""'Did you mean': the closest known word for each word of a query, by trigram similarity.

Known words are the approved topics' names and aliases (read live, so a newly
approved topic is suggested at once; an unapproved keyword never is) and
frequent title words (the ``SearchWord`` table, filled by
``manage.py refresh_search_words``). One query corrects all words of a query,
word for word. A correction is offered only when it finds more than the query
did (one count more, asked only when there is a correction), never for a query
that names topics and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import connection, transaction

from articles.models import Article, Status
from ckm_portal.search.models import SearchWord
from ckm_portal.search.query import ParsedQuery, parse
from ckm_portal.search.sql import SUGGEST_SQL, WORDS_SQL
from ckm_portal.topics.models import Topic

MAX_WORDS = 8
MIN_SIMILARITY = 0.4
MIN_WORD_LENGTH = 3
# Below this many articles, a spelling suggestion is worth a query.
FEW_RESULTS = 3


def better_query(parsed: ParsedQuery, total: int, count: Callable[[ParsedQuery], int]) -> str:
    """A corrected query that finds more than the ``total`` that ``parsed`` found, or "".

    ``count`` counts what a query finds the way ``total`` was counted (same
    filters): the caller's own matching, so the two numbers compare. Call it
    under ``sql.match_by_index``, as the count matches like a search.
    """
    if total >= FEW_RESULTS or parsed.names_topics_only:
        return ""
    candidate = did_you_mean(parsed.words)
    if not candidate:
        return ""
    return candidate if count(parse(candidate)) > total else ""


def did_you_mean(words: Iterable[str]) -> str:
    """The corrected query (words joined by spaces), or "" when there is nothing better to offer."""
    words = [word for word in words if word][:MAX_WORDS]
    candidates = [word for word in words if len(word) >= MIN_WORD_LENGTH]
    if not candidates:
        return ""
    qn = connection.ops.quote_name
    sql = SUGGEST_SQL.format(topic=qn(Topic._meta.db_table), word=qn(SearchWord._meta.db_table))
    with connection.cursor() as cursor:
        cursor.execute(sql, [candidates, MIN_WORD_LENGTH, MIN_SIMILARITY])
        best = {candidates[position - 1]: term for position, term in cursor.fetchall()}
    corrected = [best.get(word, word) for word in words]
    return " ".join(corrected) if corrected != words else ""


def refresh_words(min_titles: int = 2, limit: int = 20000) -> int:
    """Replace the word table with the words of at least ``min_titles`` published titles; returns how many."""
    qn = connection.ops.quote_name
    sql = WORDS_SQL.format(
        word=qn(SearchWord._meta.db_table), article=qn(Article._meta.db_table), published=Status.PUBLISHED.value
    )
    with transaction.atomic(), connection.cursor() as cursor:
        SearchWord.objects.all().delete()
        cursor.execute(sql, [MIN_WORD_LENGTH + 1, min_titles, limit])
        return cursor.rowcount
