from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect, render

from articles.models import Article, ArticleType
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind, TopicSlugRedirect
from partners.filters import partners_for_topic
from projects.models import Project

LATEST_PER_TYPE = 3
SHOWN_PROJECTS = 12
SHOWN_PARTNERS = 12
RELATED_TOPICS = 10
TOPIC_STATISTICS_CACHE_SECONDS = 300


def public_tagged_items():
    """Topic links on public things: articles only when published; projects and partners are always public."""
    article_type = ContentType.objects.get_for_model(Article)
    return TaggedTopic.objects.filter(
        ~Q(content_type=article_type) | Q(object_id__in=Article.objects.published().values("pk"))
    )


def published_article_counts():
    """Published articles per topic id, kept a few minutes per worker like ``topic_statistics``.

    Counting every topic's links against the publication rule reads all
    350,000 links of a large corpus (240 ms); the indexes show the counts only,
    so a newly published article may take up to TOPIC_STATISTICS_CACHE_SECONDS
    to be counted there.
    """

    def compute():
        links = TaggedTopic.objects.filter(
            content_type=ContentType.objects.get_for_model(Article),
            object_id__in=Article.objects.published().values("pk"),
        )
        return dict(links.values("tag").annotate(count=Count("pk")).values_list("tag", "count"))

    return cache.get_or_set("topics:article_counts", compute, TOPIC_STATISTICS_CACHE_SECONDS)


def with_article_counts(topics):
    """The topics (a queryset), each with its ``article_count``."""
    counts = published_article_counts()
    topics = list(topics)
    for topic in topics:
        topic.article_count = counts.get(topic.pk, 0)
    return topics


def latest_articles_by_type(topic):
    """The newest few articles of every type on this topic, in one query.

    A UNION of one short query per type: each walks the (type, publish moment)
    index newest first and stops after a few rows, where a window over all the
    topic's articles would read thousands of them.
    """
    articles = Article.objects.published().for_topic(topic).for_listing()
    per_type = [articles.of_type(kind).newest_first()[:LATEST_PER_TYPE] for kind in ArticleType.values]
    by_type = {}
    for article in sorted(
        per_type[0].union(*per_type[1:], all=True), key=lambda a: (a.published_at, a.pk), reverse=True
    ):
        by_type.setdefault(article.article_type, []).append(article)
    return [(kind, label, by_type[kind]) for kind, label in ArticleType.choices if kind in by_type]


def related_topics(topic, limit=RELATED_TOPICS):
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


def topic_statistics(topic):
    """The topic's published article count and related topics, kept for a few minutes.

    Both read thousands of links for a large topic and change slowly. Each
    worker keeps its own copy (the default local-memory cache), so a newly
    published or tagged article may take up to TOPIC_STATISTICS_CACHE_SECONDS
    to be counted here; the article lists themselves are always current.
    """

    def compute():
        return {
            "article_count": Article.objects.published().for_topic(topic).count(),
            "related_topics": list(related_topics(topic)),
        }

    return cache.get_or_set(f"topics:statistics:{topic.pk}", compute, TOPIC_STATISTICS_CACHE_SECONDS)


def public_topic_or_404(slug):
    """The approved topic with this slug, or the one an old slug of it now leads to (one more query)."""
    topic = Topic.objects.public().filter(slug=slug).first() or TopicSlugRedirect.objects.target(slug)
    if topic is None:
        raise Http404
    return topic


def topic_detail(request, slug):
    topic = public_topic_or_404(slug)
    # Countries live under /landen/, the other topics under /onderwerpen/: one URL per topic.
    # An old slug (renamed or merged topic) also ends here.
    if topic.get_absolute_url() != request.path:
        return redirect(topic, permanent=True)
    projects = Project.objects.for_topic(topic)
    partners = partners_for_topic(topic)
    context = {
        "topic": topic,
        "filter_name": "country" if topic.is_country else "topic",
        "articles_by_type": latest_articles_by_type(topic),
        "projects": list(projects.order_by(F("start_date").desc(nulls_last=True), "title")[:SHOWN_PROJECTS]),
        "project_count": projects.count(),
        "partners": list(partners.order_by("name")[:SHOWN_PARTNERS]),
        "partner_count": partners.count(),
        **topic_statistics(topic),
    }
    return render(request, "topics/topic_detail.html", context)


def topic_index(request):
    # Free keywords only once they are used on a published article: the rest is editors' scaffolding.
    topics = [
        topic
        for topic in with_article_counts(Topic.objects.public().order_by("name"))
        if topic.kind != TopicKind.KEYWORD or topic.article_count
    ]
    groups = {kind: [] for kind in TopicKind.values}
    for topic in topics:
        groups[topic.kind].append(topic)
    kinds = [(kind, label, groups[kind]) for kind, label in TopicKind.choices if groups[kind]]
    return render(request, "topics/topic_index.html", {"kinds": kinds})


def country_index(request):
    countries = with_article_counts(Topic.objects.public().countries().order_by("name"))
    return render(request, "topics/country_index.html", {"countries": countries})
