"""What every API endpoint does alike: methods, the language of errors, CORS, conditional requests.

An endpoint returns an ``Answer`` (its data and the moment it last changed) or raises ``ApiError``;
``endpoint`` turns either into the HTTP response.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.csrf import csrf_exempt

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
# What a partner's page may send and read across origins.
ALLOWED_REQUEST_HEADERS = ("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since")
EXPOSED_HEADERS = ("ETag", "Last-Modified", "Content-Language")
PREFLIGHT_MAX_AGE = 86400


@dataclass
class Answer:
    data: dict[str, Any]
    # None: nothing in the answer carries a date (an empty list).
    last_modified: datetime | None


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        detail: str,
        errors: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


def json_response(data: dict[str, Any], status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def error_response(error: ApiError) -> JsonResponse:
    body: dict[str, Any] = {"status": error.status, "detail": error.detail}
    if error.errors is not None:
        body["errors"] = error.errors
    response = json_response(body, status=error.status)
    for name, value in error.headers.items():
        response[name] = value
    return response


def requested_language(request: HttpRequest) -> str:
    """The first supported language of the Accept-Language header, else Dutch.

    The API has no language prefix and no cookie of its own, so the header alone decides.
    """
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def newest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def conditional(request: HttpRequest, answer: Answer) -> HttpResponse:
    """The answer as JSON with its ETag (of the body) and Last-Modified, or a 304 when the client has it."""
    response = json_response(answer.data)
    set_response_etag(response)
    # Clients must check again before reusing a copy: cheap, with the ETag.
    response["Cache-Control"] = "no-cache"
    last_modified = None
    if answer.last_modified is not None:
        last_modified = int(answer.last_modified.timestamp())
        response["Last-Modified"] = http_date(last_modified)
    # With a response given, Django's helper returns it or a 304, never None.
    return get_conditional_response(request, etag=response["ETag"], last_modified=last_modified, response=response)  # type: ignore[return-value]


def with_cors(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Let the request's origin read the answer (and preflight) only when it is configured."""
    patch_vary_headers(response, ["Origin"])
    origin = request.headers.get("Origin")
    if not origin or origin not in settings.API_CORS_ALLOWED_ORIGINS:
        return response
    response["Access-Control-Allow-Origin"] = origin
    response["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)
    if request.method == "OPTIONS":
        response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
        response["Access-Control-Allow-Headers"] = ", ".join(ALLOWED_REQUEST_HEADERS)
        response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    return response


def respond(request: HttpRequest, view: Callable[..., Answer], *args: Any, **kwargs: Any) -> HttpResponse:
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
        response["Allow"] = ", ".join(ALLOWED_METHODS)
        return response
    if request.method not in {"GET", "HEAD"}:
        detail = _("The method %(method)s is not allowed: the API only reads.") % {"method": request.method}
        response = error_response(ApiError(405, detail))
        response["Allow"] = ", ".join(ALLOWED_METHODS)
        return response
    try:
        return conditional(request, view(request, *args, **kwargs))
    except ApiError as error:
        return error_response(error)


def endpoint(view: Callable[..., Answer]) -> Callable[..., HttpResponse]:
    """An API view: ``view`` returns an Answer or raises ApiError; every method gets a JSON answer.

    CSRF-exempt: the API changes nothing, and a POST must get the API's 405, not the site's 403 page.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        language = requested_language(request)
        with translation.override(language):
            response = respond(request, view, *args, **kwargs)
        response["Content-Language"] = language
        patch_vary_headers(response, ["Accept-Language"])
        if request.method == "HEAD" and response.content:
            # The headers of the GET, its length included, without the body.
            response["Content-Length"] = str(len(response.content))
            response.content = b""
        return with_cors(request, response)

    return wrapper
