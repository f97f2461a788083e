"""The site's own pages: home, about, robots.txt, /healthz, and the topic and country pages."""

from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from articles.models import Article
from articles.selectors import key_documents
from ckm_portal.core.cache import ResilientRedisCache
from ckm_portal.core.page_cache import cached_for_visitors
from ckm_portal.site.expertise import expertise_map
from ckm_portal.site.selectors import (
    grouped_by_kind,
    latest_articles_by_type,
    public_topic_or_404,
    topic_statistics,
    with_article_counts,
    without_empty_countries,
)
from ckm_portal.topics.models import Topic, TopicKind
from partners.selectors import partners_for_topic
from projects.models import Project

HOME_ARTICLES = 6
HOME_PROJECTS = 3
SHOWN_PROJECTS = 12
SHOWN_PARTNERS = 12


@cached_for_visitors
def home(request):
    context = {
        "latest_articles": Article.objects.published().newest_first().with_listing_relations()[:HOME_ARTICLES],
        "topic_kinds": grouped_by_kind(without_empty_countries(Topic.objects.public().curated().order_by("name"))),
        "featured_projects": Project.objects.featured().newest_first()[:HOME_PROJECTS],
    }
    return render(request, "home.html", context)


@cached_for_visitors
def about(request):
    return render(request, "about.html")


@require_GET
@cache_control(max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@never_cache
def healthz(request):
    """For load balancers and monitoring: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@never_cache
def readyz(request):
    """For a load balancer: 200 when this server can serve, 503 when its database or Redis is down.

    Redis is checked only when REDIS_URL configures it. Pages would still render without it (uncached),
    but a server that cannot reach the shared state is taken out of rotation while others can.
    """
    checks = {"database": database_answers()}
    if isinstance(caches["default"], ResilientRedisCache):
        checks["redis"] = caches["default"].ping()
    ready = all(checks.values())
    body = {
        "status": "ok" if ready else "error",
        **{name: "ok" if up else "unavailable" for name, up in checks.items()},
    }
    return JsonResponse(body, status=200 if ready else 503)


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


@cached_for_visitors
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
        # A dossier when a chief editor wrote an introduction or pinned documents (templates/topics/topic_detail.html).
        "key_documents": key_documents(topic),
        "articles_by_type": latest_articles_by_type(topic),
        "projects": list(projects.newest_first()[:SHOWN_PROJECTS]),
        "project_count": projects.count(),
        "partners": list(partners.order_by("name")[:SHOWN_PARTNERS]),
        "partner_count": partners.count(),
        **topic_statistics(topic),
    }
    return render(request, "topics/topic_detail.html", context)


@cached_for_visitors
def topic_index(request):
    # Free keywords only once they are used on a published article: the rest is editors' scaffolding.
    topics = [
        topic
        for topic in with_article_counts(without_empty_countries(Topic.objects.public().order_by("name")))
        if topic.kind != TopicKind.KEYWORD or topic.article_count
    ]
    return render(request, "topics/topic_index.html", {"kinds": grouped_by_kind(topics)})


@cached_for_visitors
def country_index(request):
    countries = with_article_counts(without_empty_countries(Topic.objects.public().countries().order_by("name")))
    return render(request, "topics/country_index.html", {"countries": countries})


@cached_for_visitors
def expertise(request):
    return render(request, "topics/expertise_map.html", {"map": expertise_map()})
