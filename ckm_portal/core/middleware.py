"""Middleware of the portal's own: response headers Django does not set, and a friendly 503."""

import logging
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# Nothing on the portal needs these browser features; switching them off means an
# injected script could not use them either.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

# Seconds a client is asked to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30

GetResponse = Callable[[HttpRequest], HttpResponse]


class SecurityHeadersMiddleware:
    """Headers that Django's SecurityMiddleware does not set (it does HSTS, nosniff, Referrer and COOP).

    Placed right after SecurityMiddleware so that whitenoise's static files get them too.
    """

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class DatabaseUnavailableMiddleware:
    """Answer 503 with a friendly page, instead of a 500, while PostgreSQL cannot be reached.

    The connection that failed is discarded at the end of the request and, with
    CONN_HEALTH_CHECKS, every later request checks its connection first, so the
    workers recover by themselves once the database is back.
    """

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        # Both mean "no usable connection" (or a query cut off by statement_timeout);
        # programming errors such as a missing column stay 500s.
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("Database unavailable while serving a request: %s", exception)
        # Rendered without the request's context processors: they might query the
        # very database that is down.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
