"""A small read-only JSON API, so partner organisations can list CKM material on their own sites.

``GET /api/v1/articles/?q=...&topic=voodoo&country=ng&type=...&language=...&year=...&page=2``

Published articles only, newest first (or by relevance when ``q`` is given),
filtered by the same ``ArticleFilterSet`` as the article list. The text search is
the configured ``SEARCH_BACKEND`` (articles sit below the search app and never import it). Cross-origin
reads are refused unless the origin is listed in ``API_CORS_ALLOWED_ORIGINS``.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from articles.filters import ArticleFilterSet
from articles.models import Article
from ckm_portal.core.pagination import IdFirstPaginator
from ckm_portal.core.search_backend import get_search_backend

PAGE_SIZE = 20
FIELDS = ("slug", "title", "summary", "article_type", "language", "published_at", "source_name", "source_url")


def cors(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Allow the request's origin to read the response only when it is configured."""
    origin = request.headers.get("Origin")
    patch_vary_headers(response, ["Origin"])
    if origin and origin in settings.API_CORS_ALLOWED_ORIGINS:
        response["Access-Control-Allow-Origin"] = origin
    return response


def page_url(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def serialize(article: Article, request: HttpRequest) -> dict[str, Any]:
    # The API speaks Dutch URLs and names, whatever the visitor's language.
    with translation.override(settings.LANGUAGE_CODE):
        url = request.build_absolute_uri(article.get_absolute_url())
    data = {field: getattr(article, field) for field in FIELDS}
    data["published_at"] = article.published_at.isoformat()  # type: ignore[union-attr]  # published: always set
    data["url"] = url
    data["topics"] = [
        {"slug": topic.slug, "name": topic.name, "name_en": topic.name_en, "kind": topic.kind}
        for topic in article.listed_topics  # type: ignore[attr-defined]  # prefetched by with_listing_relations()
    ]
    return data


@require_GET
def articles(request: HttpRequest) -> HttpResponse:
    search = get_search_backend()
    params = search.clean_params(request.GET)
    text, _ = search.clean(params.get("q", ""))
    # With a query: its matches, most relevant first (the filters below keep that order).
    base = search.search(text) if text else Article.objects.published().newest_first()
    filterset = ArticleFilterSet(params, queryset=base)
    if filterset.errors:
        errors = {name: [str(message) for message in messages] for name, messages in filterset.errors.items()}
        return cors(request, JsonResponse({"errors": errors}, status=400))

    paginator = IdFirstPaginator(filterset.qs.with_listing_relations(), PAGE_SIZE)
    page = paginator.get_page(params.get("page"))
    body = {
        "count": paginator.count,
        "next": page_url(request, page.next_page_number()) if page.has_next() else None,
        "previous": page_url(request, page.previous_page_number()) if page.has_previous() else None,
        "results": [serialize(article, request) for article in page],
    }
    return cors(request, JsonResponse(body, json_dumps_params={"ensure_ascii": False}))


urlpatterns = [path("api/v1/articles/", articles, name="api_articles")]
