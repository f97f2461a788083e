"""Read-side queries for the public article pages (and the staff preview, which renders the same template)."""

from django.db.models import Count

from articles.filters import ArticleFilterSet
from articles.models import Article

RELATED_LIMIT = 5


def filtered_articles(params, *, request=None, queryset=None):
    """The one place where the article filters are applied: (filterset, published articles newest first)."""
    filterset = ArticleFilterSet(params or None, queryset=queryset, request=request)
    return filterset, filterset.qs.newest_first().with_listing_relations()


def related_articles(article, topics, limit=RELATED_LIMIT):
    """Published articles sharing most topics with this one; one query, at most ``limit`` rows."""
    if not topics:
        return Article.objects.none()
    return (
        Article.objects.published()
        .filter(topics__in=topics)
        .exclude(pk=article.pk)
        # The filter above narrows the join, so this counts the shared topics only.
        .annotate(shared_topics=Count("pk"))
        .order_by("-shared_topics", "-published_at", "-pk")[:limit]
    )


def article_detail_context(article):
    """Everything ``articles/article_detail.html`` needs, in a fixed number of queries."""
    topics = list(article.topics.order_by("kind", "name"))
    return {
        "article": article,
        "subject_topics": [topic for topic in topics if not topic.is_country],
        "countries": [topic for topic in topics if topic.is_country],
        "attachments": list(article.attachments.all()),
        "related_articles": list(related_articles(article, topics)),
        "projects": list(article.projects.order_by("title")),
    }
