"""Topic statistics and the topic page's lists: queries across topics and the content apps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.functional import Promise

from articles.models import Article, ArticleType
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind, TopicSlugRedirect
from ckm_portal.topics.services import ARTICLE_COUNTS_KEY, statistics_key
from partners.models import Partner
from projects.models import Project

LATEST_PER_TYPE = 3
RELATED_TOPICS = 10
TOPIC_STATISTICS_CACHE_SECONDS = 300


def public_tagged_items() -> QuerySet[TaggedTopic]:
    """Topic links on public things: articles only when published; projects and partners are always public."""
    article_type = ContentType.objects.get_for_model(Article)
    return TaggedTopic.objects.filter(
        ~Q(content_type=article_type) | Q(object_id__in=Article.objects.published().values("pk"))
    )


def published_article_counts() -> dict[int, int]:
    """Published articles per topic id, kept a few minutes per worker like ``topic_statistics``.

    Counting every topic's links against the publication rule reads every link
    of the corpus (see docs/decisions/0008-topic-statistics-cache.md); the indexes
    show the counts only, so a newly published article may take up to
    TOPIC_STATISTICS_CACHE_SECONDS to be counted there.
    """

    def compute() -> dict[int, int]:
        links = TaggedTopic.objects.filter(
            content_type=ContentType.objects.get_for_model(Article),
            object_id__in=Article.objects.published().values("pk"),
        )
        return dict(links.values("tag").annotate(count=Count("pk")).values_list("tag", "count"))

    return cast(dict[int, int], cache.get_or_set(ARTICLE_COUNTS_KEY, compute, TOPIC_STATISTICS_CACHE_SECONDS))


def with_article_counts(topics: Iterable[Topic]) -> list[Topic]:
    """The topics (a queryset), each with its ``article_count``."""
    counts = published_article_counts()
    counted = list(topics)
    for topic in counted:
        topic.article_count = counts.get(topic.pk, 0)
    return counted


def without_empty_countries(topics: QuerySet[Topic]) -> QuerySet[Topic]:
    """The topics, less the countries that nothing public is tagged with yet (no published article, project or partner).

    The vocabulary holds every ISO 3166-1 country (topics migration 0004), so that filters, the
    admin and the import accept any of them; the browse pages list a country once it has content.
    Filtered in the database, so the two hundred empty countries are never fetched; the article
    side reads the published-article counts, kept a few minutes.
    """
    others = ContentType.objects.get_for_models(Project, Partner).values()
    on_project_or_partner = TaggedTopic.objects.filter(tag=OuterRef("pk"), content_type__in=others)
    with_content = Q(pk__in=list(published_article_counts())) | Exists(on_project_or_partner)
    return topics.filter(~Q(kind=TopicKind.COUNTRY) | with_content)


def latest_articles_by_type(topic: Topic) -> list[tuple[str, str | Promise, list[Article]]]:
    """The newest few articles of every type on this topic, in one query.

    A UNION of one short query per type: each walks the (type, publish moment)
    index newest first and stops after a few rows, where a window over all the
    topic's articles would read thousands of them.
    """
    articles = Article.objects.published().for_topic(topic).for_listing()
    per_type = [articles.of_type(kind).newest_first()[:LATEST_PER_TYPE] for kind in ArticleType.values]
    by_type: dict[str, list[Article]] = {}
    for article in sorted(
        per_type[0].union(*per_type[1:], all=True), key=lambda a: (a.published_at, a.pk), reverse=True
    ):
        by_type.setdefault(article.article_type, []).append(article)
    return [(kind, label, by_type[kind]) for kind, label in ArticleType.choices if kind in by_type]


def related_topics(topic: Topic, limit: int = RELATED_TOPICS) -> QuerySet[Topic]:
    """Topics most often tagged on the same articles, projects and partners as this one."""
    same_object = public_tagged_items().filter(
        tag=topic,
        content_type=OuterRef("tagged_items__content_type"),
        object_id=OuterRef("tagged_items__object_id"),
    )
    return (
        Topic.objects.public()
        .exclude(pk=topic.pk)
        .filter(Exists(same_object))
        .annotate(shared=Count("tagged_items"))
        .order_by("-shared", "name")[:limit]
    )


def topic_statistics(topic: Topic) -> dict[str, Any]:
    """The topic's published article count and related topics, kept for a few minutes.

    Both read thousands of links for a large topic and change slowly. They are
    kept in the default cache (each worker's own memory, or Redis shared by all
    when REDIS_URL is set), so a newly
    published or tagged article may take up to TOPIC_STATISTICS_CACHE_SECONDS
    to be counted here; the article lists themselves are always current.
    """

    def compute() -> dict[str, Any]:
        return {
            "article_count": Article.objects.published().for_topic(topic).count(),
            "related_topics": list(related_topics(topic)),
        }

    return cast(dict[str, Any], cache.get_or_set(statistics_key(topic.pk), compute, TOPIC_STATISTICS_CACHE_SECONDS))


def public_topic_or_404(slug: str) -> Topic:
    """The approved topic with this slug, or the one an old slug of it now leads to (one more query)."""
    topic = Topic.objects.public().filter(slug=slug).first() or TopicSlugRedirect.objects.target(slug)
    if topic is None:
        raise Http404
    return topic


def grouped_by_kind(topics: Iterable[Topic]) -> list[tuple[str, str | Promise, list[Topic]]]:
    """``[(kind, label, topics)]`` in the order of TopicKind, kinds without topics left out; keeps each list's order."""
    groups: dict[str, list[Topic]] = {kind: [] for kind in TopicKind.values}
    for topic in topics:
        groups[topic.kind].append(topic)
    return [(kind, label, groups[kind]) for kind, label in TopicKind.choices if groups[kind]]
