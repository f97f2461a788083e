"""Read-side queries for the public article pages (and the staff preview, which renders the same template)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.db.models.expressions import RawSQL

from articles.filters import ArticleFilterSet
from articles.models import Article
from ckm_portal.topics.models import TaggedTopic

RELATED_LIMIT = 5
# Related articles are looked for among the latest articles added to each of the article's topics:
# counting shared topics over every article of five large topics reads tens of thousands of links.
RELATED_CANDIDATES_PER_TOPIC = 300

# The ids of the last few articles linked to each topic: one walk down the (tag, type, object) index per topic.
RECENT_PER_TOPIC_SQL = """SELECT recent.object_id FROM unnest(%s::bigint[]) AS topic(id)
CROSS JOIN LATERAL (
    SELECT object_id FROM {tagged} WHERE tag_id = topic.id AND content_type_id = %s ORDER BY object_id DESC LIMIT %s
) AS recent"""


def filtered_articles(params, *, request=None, queryset=None):
    """The one place where the article filters are applied: (filterset, published articles newest first)."""
    filterset = ArticleFilterSet(params or None, queryset=queryset, request=request)
    return filterset, filterset.qs.newest_first().with_listing_relations()


def related_articles(article, topics, limit=RELATED_LIMIT):
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


def article_detail_context(article):
    """Everything ``articles/article_detail.html`` needs, in a fixed number of queries."""
    topics = list(article.topics.order_by("kind", "name").public())
    return {
        "article": article,
        "subject_topics": [topic for topic in topics if not topic.is_country],
        "countries": [topic for topic in topics if topic.is_country],
        "attachments": list(article.attachments.all()),
        "related_articles": list(related_articles(article, topics)),
        "projects": list(article.projects.order_by("title")),
    }
