"""The search queries: matching, ranking and loading articles, and the best projects and partners.

Queries only: the search page's results are put together in services, snippets marked up in highlight.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.contrib.postgres.search import SearchRank
from django.db.models import Case, Count, Expression, F, Q, QuerySet, Value, When, Window

from articles.models import Article
from ckm_portal.search.highlight import snippet
from ckm_portal.search.models import ArticleEntry
from ckm_portal.search.query import ParsedQuery
from ckm_portal.search.ranking import weighted_rank
from partners.models import Partner
from projects.models import Project

OTHERS_SHOWN = 5
# An article carrying the number the query quotes comes before any text hit (a text rank stays far below this).
IDENTIFIER_FIRST = 1000.0


def rank(parsed: ParsedQuery, vector: str = "search_vector") -> SearchRank:
    return SearchRank(F(vector), parsed.tsquery)


def article_rank(parsed: ParsedQuery) -> Expression:
    """An article's relevance (over articles or their search entries): its words' weighted rank (see
    search.ranking), above all others when it carries an identifier of the query."""
    text_rank = weighted_rank(parsed)
    identified = _identified(parsed)
    if identified is None:
        return text_rank
    return Case(When(identified, then=Value(IDENTIFIER_FIRST)), default=Value(0.0)) + text_rank


def _identified(parsed: ParsedQuery) -> Q | None:
    """Rows (articles or entries) of the articles carrying one of the query's identifiers; None without one."""
    identifier = parsed.identifier_match()
    # Through the articles' own indexed columns, which an entry does not copy.
    return None if identifier is None else Q(pk__in=Article.objects.filter(identifier).values("pk"))


def matching_entries(parsed: ParsedQuery) -> QuerySet[ArticleEntry]:
    """The search entries of the public articles matching the query: what the search page counts and ranks."""
    identified = _identified(parsed)
    match = Q(document=parsed.tsquery)
    return ArticleEntry.objects.public().filter(match if identified is None else match | identified)


def ordered(articles: QuerySet[Any], parsed: ParsedQuery, order: str) -> QuerySet[Any]:
    if order == "date":
        return articles.order_by("-published_at", "-pk")
    # Ranked by the small rank_vector (title, summary) and topic ids, never by the body's vector.
    return articles.alias(rank=article_rank(parsed)).order_by("-rank", "-published_at", "-pk")


def page_articles(ids: Sequence[int], parsed: ParsedQuery) -> list[Any]:
    """The public articles with these ids, in this order, each with its ``raw_snippet``: one query plus topics.

    Public again, as the ids may be a kept search's (search.kept_results): an article taken offline since is left out.
    """
    articles = (
        Article.objects.published()
        .filter(pk__in=ids)
        .defer("body", "search_vector", "rank_vector")
        .annotate(raw_snippet=snippet(parsed.tsquery))
        .with_listing_relations()
    )
    by_id = {article.pk: article for article in articles}
    return [by_id[pk] for pk in ids if pk in by_id]


def best_of(model: type[Project | Partner], parsed: ParsedQuery, limit: int = OTHERS_SHOWN) -> list[Any]:
    """The best ``limit`` rows of a model, each carrying the total number of matches; one query."""
    return list(
        model.objects.filter(parsed.match())
        .defer("search_vector", "topic_text")
        .annotate(total=Window(Count("pk")))
        .alias(rank=rank(parsed))
        .order_by("-rank", "pk")[:limit]
    )
