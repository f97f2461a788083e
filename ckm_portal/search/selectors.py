"""The search queries: matching, ranking and loading articles, and the best projects and partners.

Queries only: the search page's results are put together in services, snippets marked up in highlight.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.contrib.postgres.search import SearchRank
from django.db.models import Count, F, QuerySet, Window

from articles.models import Article
from ckm_portal.search.highlight import snippet
from ckm_portal.search.query import ParsedQuery
from partners.models import Partner
from projects.models import Project

OTHERS_SHOWN = 5


def rank(parsed: ParsedQuery, vector: str = "search_vector") -> SearchRank:
    return SearchRank(F(vector), parsed.tsquery)


def matching_articles(parsed: ParsedQuery, queryset: QuerySet[Article] | None = None) -> QuerySet[Article]:
    return (queryset if queryset is not None else Article.objects.published()).filter(parsed.match())


def ordered(articles: QuerySet[Any], parsed: ParsedQuery, order: str) -> QuerySet[Any]:
    if order == "date":
        return articles.order_by("-published_at", "-pk")
    # Ranked by the small rank_vector (title, summary, topics), never by the body's vector.
    return articles.alias(rank=rank(parsed, "rank_vector")).order_by("-rank", "-published_at", "-pk")


def page_articles(ids: Sequence[int], parsed: ParsedQuery) -> list[Any]:
    """The articles with these ids, in this order, each with its ``raw_snippet``: one query plus topics."""
    articles = (
        Article.objects.filter(pk__in=ids)
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
