"""The OpenAPI 3.1 description of API v1, built per request in the request's language.

One document serves both ``/api/v1/openapi.json`` and the documentation page, so the page
cannot describe a parameter the API does not take.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from articles.models import ArticleType
from ckm_portal.core.editorial import Language

# The document changes only with the code: its Last-Modified is when this process loaded it.
PUBLISHED = timezone.now().replace(microsecond=0)
VERSION = "1.0.0"
SORTS = ["newest", "oldest", "title"]


def ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def nullable(kind: str, **more: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **more}


def query_parameter(name: str, description: str, schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    parameter = {"name": name, "in": "query", "required": False, "description": description, "schema": schema}
    if example is not None:
        parameter["example"] = example
    return parameter


def list_parameters() -> list[dict[str, Any]]:
    year = {"type": "integer", "minimum": 1900, "maximum": 2100}
    return [
        query_parameter(
            "q",
            _("Search words, as on the site's search page (an ECLI, DOI or ISBN too); most relevant first."),
            {"type": "string", "maxLength": 200},
            "gedwongen huwelijk",
        ),
        query_parameter("topic", _("A topic, by slug (see /topics/)."), {"type": "string"}, "voodoo"),
        query_parameter(
            "country", _("An origin country, by slug or ISO 3166-1 code (see /topics/)."), {"type": "string"}, "NG"
        ),
        query_parameter("type", _("The type of article."), {"type": "string", "enum": ArticleType.values}, "case_law"),
        query_parameter("language", _("The language of the article."), {"type": "string", "enum": Language.values}),
        query_parameter("year", _("Published in this year."), year, 2024),
        query_parameter("year_from", _("Published in this year or later."), year),
        query_parameter("year_to", _("Published in this year or earlier."), year),
        query_parameter(
            "sort",
            _("The order; without it, newest first (or most relevant first with q)."),
            {"type": "string", "enum": SORTS},
        ),
        query_parameter(
            "page",
            _("The page, 20 articles each. Not a whole number of 1 or more: 400; past the last page: 404."),
            {"type": "integer", "minimum": 1},
            2,
        ),
    ]


def responses(schema: str, *errors: str) -> dict[str, Any]:
    headers = {"ETag": ref("headers", "ETag"), "Last-Modified": ref("headers", "Last-Modified")}
    found = {
        "200": {
            "description": _("The answer."),
            "headers": headers,
            "content": {"application/json": {"schema": ref("schemas", schema)}},
        },
        "304": {
            "description": _("Not modified: the copy the client holds (If-None-Match, If-Modified-Since) is current.")
        },
    }
    messages = {"400": _("A parameter is not valid."), "404": _("Not found.")}
    for status in (*errors, "405"):
        found[status] = {
            "description": messages.get(status, _("Method not allowed: the API only reads.")),
            "content": {"application/json": {"schema": ref("schemas", "Error")}},
        }
    return found


def operation(
    operation_id: str, summary: str, description: str, schema: str, *errors: str, **more: Any
) -> dict[str, Any]:
    common = [ref("parameters", name) for name in ("Accept-Language", "If-None-Match", "If-Modified-Since")]
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "description": description,
            "parameters": more.pop("parameters", []) + common,
            "responses": responses(schema, *errors),
            **more,
        }
    }


def schemas() -> dict[str, Any]:
    text = {"type": "string"}
    url = {"type": "string", "format": "uri"}
    when = nullable("string", format="date-time")
    day = nullable("string", format="date")
    topic = {
        "type": "object",
        "required": ["slug", "name", "name_en", "kind"],
        "properties": {
            "slug": text,
            "name": {"type": "string", "description": _("Dutch name")},
            "name_en": {"type": "string", "description": _("English name (may be empty)")},
            "kind": {"type": "string", "enum": ["theme", "exploitation", "sector", "country", "keyword"]},
            "iso_code": {"type": "string", "description": _("ISO 3166-1 alpha-2 code, countries only")},
        },
    }
    summary_fields = {
        "slug": text,
        "title": text,
        "summary": text,
        "article_type": {"type": "string", "enum": ArticleType.values},
        "language": {"type": "string", "enum": Language.values},
        "source_name": text,
        "source_url": text,
        "published_at": {"type": "string", "format": "date-time"},
        "updated_at": {"type": "string", "format": "date-time"},
        "url": url,
        "topics": {"type": "array", "items": ref("schemas", "Topic")},
    }
    detail_fields = {
        "body": {"type": "string", "description": _("HTML, reduced to the portal's allowlist")},
        "countries": {"type": "array", "items": ref("schemas", "Topic")},
        "attachments": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["title", "filename", "url"],
                "properties": {"title": text, "filename": text, "url": url},
            },
        },
        "translation": {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["slug", "language", "url"],
                    "properties": {"slug": text, "language": {"type": "string", "enum": Language.values}, "url": url},
                },
                {"type": "null"},
            ]
        },
        **{
            name: nullable("string") for name in ("court", "ecli", "publisher", "doi", "isbn", "event_place", "authors")
        },
        "decision_date": day,
        "publication_date": day,
        "event_start": when,
        "event_end": when,
    }
    named_values = {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["value", "names"],
            "properties": {"value": text, "names": {"type": "object", "additionalProperties": text}},
        },
    }
    return {
        "Topic": topic,
        "ArticleSummary": {"type": "object", "required": list(summary_fields), "properties": summary_fields},
        "Article": {
            "type": "object",
            "required": [*summary_fields, *detail_fields],
            "properties": {**summary_fields, **detail_fields},
        },
        "ArticleList": {
            "type": "object",
            "required": ["count", "next", "previous", "suggestion", "results"],
            "properties": {
                "count": {"type": "integer"},
                "next": nullable("string", format="uri"),
                "previous": nullable("string", format="uri"),
                "suggestion": nullable("string", description=_("A better query, when it finds more articles")),
                "results": {"type": "array", "items": ref("schemas", "ArticleSummary")},
            },
        },
        "Vocabulary": {
            "type": "object",
            "required": ["topics", "countries", "types", "languages"],
            "properties": {
                "topics": {"type": "array", "items": ref("schemas", "Topic")},
                "countries": {"type": "array", "items": ref("schemas", "Topic")},
                "types": named_values,
                "languages": named_values,
            },
        },
        "Index": {"type": "object", "required": ["name", "version", "openapi", "documentation", "endpoints"]},
        "OpenAPI": {"type": "object", "description": _("This document")},
        "Error": {
            "type": "object",
            "required": ["status", "detail"],
            "properties": {
                "status": {"type": "integer"},
                "detail": {"type": "string", "description": _("In the language of Accept-Language (Dutch by default)")},
                "errors": {
                    "type": "object",
                    "description": _("Per parameter, what is wrong with its value"),
                    "additionalProperties": {"type": "array", "items": text},
                },
            },
        },
    }


def api_path(name: str, **kwargs: str) -> str:
    """The path of an endpoint relative to the server URL (``/api/v1``); ``slug="{slug}"`` gives the template."""
    path = reverse(name, kwargs={key: key.upper() for key in kwargs})
    for key, value in kwargs.items():
        path = path.replace(key.upper(), value)
    return path.removeprefix(reverse("api_root").rstrip("/"))


def document(request: HttpRequest) -> dict[str, Any]:
    header = {"in": "header", "required": False, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": _("CKM knowledge base API"),
            "version": VERSION,
            "description": _(
                "Read-only access to the published articles of the CKM knowledge base, for partner sites. "
                "Every answer is JSON with an ETag and (when its rows carry a date) Last-Modified; "
                "send them back in If-None-Match or If-Modified-Since for a 304. Cross-origin reads are "
                "allowed for the origins the CKM has configured."
            ),
        },
        "servers": [{"url": request.build_absolute_uri(reverse("api_root")).rstrip("/")}],
        "paths": {
            api_path("api_root"): operation(
                "index", _("The API index"), _("Links to this description and to the endpoints."), "Index"
            ),
            api_path("api_openapi"): operation(
                "openapi", _("This description"), _("The OpenAPI 3.1 description of the API."), "OpenAPI"
            ),
            api_path("api_articles"): operation(
                "listArticles",
                _("Published articles"),
                _("Newest first, or most relevant first with q; filtered as the site's article list."),
                "ArticleList",
                "400",
                "404",
                parameters=list_parameters(),
            ),
            api_path("api_article", slug="{slug}"): operation(
                "getArticle",
                _("One published article"),
                _("With its body, attachments, countries, translation and the fields of its type."),
                "Article",
                "404",
                parameters=[
                    {
                        "name": "slug",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "example": "voodoo-eed",
                    }
                ],
            ),
            api_path("api_topics"): operation(
                "listTopics",
                _("The filter values"),
                _("The values the article list's topic, country, type and language parameters take."),
                "Vocabulary",
            ),
        },
        "components": {
            "schemas": schemas(),
            "parameters": {
                "Accept-Language": {
                    **header,
                    "name": "Accept-Language",
                    "description": _("The language of error messages: nl (default) or en."),
                },
                "If-None-Match": {**header, "name": "If-None-Match", "description": _("An ETag the client holds.")},
                "If-Modified-Since": {
                    **header,
                    "name": "If-Modified-Since",
                    "description": _("The Last-Modified of the client's copy."),
                },
            },
            "headers": {
                "ETag": {"description": _("Identifies this answer's content."), "schema": {"type": "string"}},
                "Last-Modified": {
                    "description": _("When the newest row of the answer last changed."),
                    "schema": {"type": "string"},
                },
            },
        },
    }


def index(request: HttpRequest) -> dict[str, Any]:
    def absolute(name: str, **kwargs: str) -> str:
        return request.build_absolute_uri(reverse(name, kwargs=kwargs))

    with translation.override(settings.LANGUAGE_CODE):
        documentation = absolute("api_documentation")
    return {
        "name": _("CKM knowledge base API"),
        "version": VERSION,
        "openapi": absolute("api_openapi"),
        "documentation": documentation,
        "endpoints": {
            "articles": absolute("api_articles"),
            "article": absolute("api_root").rstrip("/") + api_path("api_article", slug="{slug}"),
            "topics": absolute("api_topics"),
        },
    }
