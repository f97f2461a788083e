"""The endpoints of API v1; each returns an ``http.Answer`` or raises ``http.ApiError``.

The list's text search is the configured ``SEARCH_BACKEND`` (articles sit below the search app and
never import it), evaluated under the search page's index plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.core.paginator import EmptyPage, Page, Paginator
from django.core.validators import slug_re
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from articles.api import openapi, serializers
from articles.api.http import Answer, ApiError, endpoint, newest, requested_language
from articles.filters import ArticleFilterSet
from articles.models import Article
from ckm_portal.core.pagination import MAX_PAGE, IdFirstPaginator
from ckm_portal.core.search_backend import get_search_backend
from ckm_portal.core.search_slots import BUSY_HEADERS, SearchBusy, article_search_slot, busy_message
from ckm_portal.topics.models import Topic, listed_topics

PAGE_SIZE = 20


def page_number(value: str | None) -> int:
    """The page asked for: absent is 1; anything but a whole number of 1 or more is a 400."""
    if not value:
        return 1
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ApiError(400, _("Some parameters are not valid."), {"page": [_("Enter a whole number of 1 or more.")]})
    # Any page that far is past the end; capped so the number stays one PostgreSQL takes.
    return min(int(value), MAX_PAGE) if len(value) <= len(str(MAX_PAGE)) else MAX_PAGE


def page_url(request: HttpRequest, number: int) -> str:
    params = request.GET.copy()
    params["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@endpoint
def api_index(request: HttpRequest) -> Answer:
    return Answer(openapi.index(request), openapi.PUBLISHED)


@endpoint
def openapi_document(request: HttpRequest) -> Answer:
    return Answer(openapi.document(request), openapi.PUBLISHED)


def invalid_filters(errors: Mapping[str, Iterable[Any]]) -> ApiError:
    """The 400 for a filter set's errors (a form's error dict)."""
    messages = {name: [str(message) for message in field_errors] for name, field_errors in errors.items()}
    return ApiError(400, _("Some parameters are not valid."), messages)


def page_or_404(paginator: Paginator, number: int) -> Page:
    try:
        return paginator.page(number)
    except EmptyPage:
        detail = _("There is no page %(number)s: the last page is %(last)s.")
        raise ApiError(404, detail % {"number": number, "last": paginator.num_pages}) from None


def search_page(text: str, params: QueryDict, number: int) -> tuple[Page, list[Article], str]:
    """A page of a text search, ranked as the search page ranks (its search entries), and its suggestion."""
    search = get_search_backend()
    ranked = search.search(text, params)
    if ranked.errors:
        raise invalid_filters(ranked.errors)
    try:
        with article_search_slot():
            return ranked_page(search, ranked, number)
    except SearchBusy:
        raise ApiError(503, busy_message(), headers=BUSY_HEADERS) from None


def ranked_page(search: Any, ranked: Any, number: int) -> tuple[Page, list[Article], str]:
    with search.index_plan():
        paginator = Paginator(ranked.ids(), PAGE_SIZE)
        page = page_or_404(paginator, number)
        ids = list(page)
        # Compared within the same filters, so a suggestion finds more of what was asked for.
        suggestion = ranked.suggest(paginator.count)
    by_id = {article.pk: article for article in Article.objects.filter(pk__in=ids).with_listing_relations()}
    return page, [by_id[pk] for pk in ids if pk in by_id], suggestion


def browse_page(params: QueryDict, number: int) -> tuple[Page, list[Article], str]:
    """A page of the published articles under the filters, newest first."""
    filterset = ArticleFilterSet(params, queryset=Article.objects.published().newest_first())
    if filterset.errors:
        raise invalid_filters(filterset.errors)
    page = page_or_404(IdFirstPaginator(filterset.qs.with_listing_relations(), PAGE_SIZE), number)
    return page, list(page), ""


@endpoint
def article_list(request: HttpRequest) -> Answer:
    search = get_search_backend()
    params = search.clean_params(request.GET)
    text, _was_cut = search.clean(params.get("q", ""))
    number = page_number(params.get("page"))
    page, rows, suggestion = search_page(text, params, number) if text else browse_page(params, number)
    body = {
        "count": page.paginator.count,
        "next": page_url(request, page.next_page_number()) if page.has_next() else None,
        "previous": page_url(request, page.previous_page_number()) if page.has_previous() else None,
        "suggestion": suggestion or None,
        "results": [serializers.article_summary(article, request) for article in rows],
    }
    return Answer(body, newest(*(serializers.last_change(article) for article in rows)))


@endpoint
def article_detail(request: HttpRequest, slug: str) -> Answer:
    articles = (
        Article.objects.published().select_related("translation").prefetch_related(listed_topics(), "attachments")
    )
    # Any text reaches here, so an odd slug gets the API's 404; PostgreSQL refuses some (NUL) in a query.
    article = articles.filter(slug=slug).first() if slug_re.match(slug) else None
    if article is None:
        raise ApiError(404, _("There is no published article with this slug."))
    data = serializers.article_detail(article, request)
    uploads = [attachment.uploaded_at for attachment in article.attachments.all()]
    return Answer(data, newest(serializers.last_change(article), *uploads))


@endpoint
def unknown(request: HttpRequest) -> Answer:
    raise ApiError(404, _("The API has no such address: see /api/v1/ for its endpoints."))


@endpoint
def topic_list(request: HttpRequest) -> Answer:
    topics = list(Topic.objects.public().curated().by_kind())
    return Answer(serializers.vocabulary(topics), newest(*(topic.updated_at for topic in topics)))


@require_safe
def documentation(request: HttpRequest) -> HttpResponse:
    """The API described for people, from the same document as ``openapi.json``."""
    document = openapi.document(request)
    server = document["servers"][0]["url"]
    endpoints = [
        {
            "url": server + path,
            "summary": item["get"]["summary"],
            "description": item["get"]["description"],
            # The headers every endpoint takes are described once, below the endpoints.
            "parameters": [parameter for parameter in item["get"]["parameters"] if "name" in parameter],
        }
        for path, item in document["paths"].items()
    ]
    # A real article for the detail's example, when there is one.
    example = Article.objects.published().newest_first().values_list("slug", flat=True).first()
    context = {"document": document, "server": server, "endpoints": endpoints, "example_slug": example}
    return render(request, "api/documentation.html", context)


@csrf_exempt
def api_root(request: HttpRequest) -> HttpResponse:
    """``/api/v1/``: the JSON index, or for a browser the documentation page in its language."""
    if request.method == "GET" and request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        with translation.override(requested_language(request)):
            response: HttpResponse = redirect("api_documentation")
    else:
        response = api_index(request)
    patch_vary_headers(response, ["Accept"])
    return response
