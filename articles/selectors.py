"""Read-side queries for the public article pages (and the staff preview, which renders the same template)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.expressions import RawSQL
from django.http import HttpRequest

from articles.filters import SORTS, ArticleFilterSet
from articles.models import Article, KeyDocument
from articles.sql import RECENT_PER_TOPIC_SQL
from ckm_portal.topics.models import TaggedTopic, Topic

RELATED_LIMIT = 5
# Related articles are looked for among the latest articles added to each of the article's topics:
# counting shared topics over every article of a few large topics reads all their links
# (see docs/decisions/0010-related-articles-latest-links.md).
RELATED_CANDIDATES_PER_TOPIC = 300


def filtered_articles(
    params: Any, *, request: HttpRequest | None = None, queryset: QuerySet[Article] | None = None
) -> tuple[ArticleFilterSet, QuerySet[Article]]:
    """The one place where the article filters are applied: (filterset, published articles in the chosen order).

    Newest first unless the ``sort`` filter asks for another order.
    """
    base = (queryset if queryset is not None else Article.objects.published()).order_by(*SORTS["newest"])
    filterset = ArticleFilterSet(params or None, queryset=base, request=request)
    return filterset, filterset.qs.with_listing_relations()


def related_articles(article: Article, topics: Sequence[Topic], limit: int = RELATED_LIMIT) -> QuerySet[Article]:
    """Published articles sharing most topics with this one, among each topic's latest; one query, ``limit`` rows."""
    if not topics:
        return Article.objects.none()
    candidates = RawSQL(  # noqa: S611 (constant SQL, values as parameters)
        RECENT_PER_TOPIC_SQL.format(tagged=TaggedTopic._meta.db_table),
        ([topic.pk for topic in topics], ContentType.objects.get_for_model(Article).pk, RELATED_CANDIDATES_PER_TOPIC),
    )
    return (
        Article.objects.published()
        .for_listing()
        .filter(pk__in=candidates, topics__in=topics)
        .exclude(pk=article.pk)
        # The filter above narrows the join, so this counts the shared topics only.
        .annotate(shared_topics=Count("pk"))
        .order_by("-shared_topics", "-published_at", "-pk")[:limit]
    )


def key_documents(topic: Topic) -> list[Article]:
    """The articles pinned to the topic's dossier that the public may see, in the chief editor's order; one query."""
    pinned = KeyDocument.objects.filter(topic=topic)
    return list(
        Article.objects.published()
        .for_listing()
        .filter(pk__in=pinned.values("article"))
        .annotate(key_position=Subquery(pinned.filter(article=OuterRef("pk")).values("position")[:1]))
        .order_by("key_position", "pk")
    )


def public_version(slug: str) -> str | None:
    """The last change of the public article with this slug, as text; None when no public article has it."""
    updated = Article.objects.published().filter(slug=slug).values_list("updated_at", flat=True).first()
    return None if updated is None else updated.isoformat()


def public_translation(article: Article) -> Article | None:
    """The article's translation when the public may see it; the views fetch it with select_related (no query)."""
    translation = article.translation
    return translation if translation is not None and translation.is_published else None


def article_detail_context(article: Article) -> dict[str, Any]:
    """Everything ``articles/article_detail.html`` needs, in a fixed number of queries."""
    topics = list(article.topics.all().by_kind().public())
    return {
        "article": article,
        "translation": public_translation(article),
        "subject_topics": [topic for topic in topics if not topic.is_country],
        "countries": [topic for topic in topics if topic.is_country],
        "attachments": list(article.attachments.all()),
        "related_articles": list(related_articles(article, topics)),
        "projects": list(article.projects.order_by("title")),
    }
