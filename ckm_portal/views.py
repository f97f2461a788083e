from django.db import DatabaseError, connection
from django.db.models import F
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from articles.models import Article
from ckm_portal.topics.models import Topic, TopicKind
from projects.models import Project

HOME_ARTICLES = 6
HOME_PROJECTS = 3


def home(request):
    topics = Topic.objects.public().curated().order_by("name")
    groups = {kind: [] for kind in TopicKind.values}
    for topic in topics:
        groups[topic.kind].append(topic)
    context = {
        "latest_articles": Article.objects.published().newest_first().with_listing_relations()[:HOME_ARTICLES],
        "topic_kinds": [(kind, label, groups[kind]) for kind, label in TopicKind.choices if groups[kind]],
        "featured_projects": Project.objects.featured().order_by(F("start_date").desc(nulls_last=True), "title")[
            :HOME_PROJECTS
        ],
    }
    return render(request, "home.html", context)


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
