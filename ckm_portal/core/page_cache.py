"""A short-lived cache of whole public pages, for visitors who carry no cookie.

Such a visitor sees exactly what every other one sees: no session, no
messages, no CSRF token, no preview. Anyone with a cookie (editors, someone who
used the contact form) gets a freshly rendered page, and so does a URL with a
search term (``q``): no term is kept in a page. The cache is the ``pages`` cache
(settings.CACHES): one per worker process, or one in Redis for all when
REDIS_URL is set; either way a change shows after at most
``settings.PAGE_CACHE_SECONDS``, unless the view gives a version that changes
with it (``kept_for_visitors``). While Redis is away, pages render uncached
(ckm_portal.core.cache). See docs/decisions/0007-page-cache.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

View = Callable[..., HttpResponse]


# A page's version from the request and the view's arguments: part of the key, or None to render afresh.
Version = Callable[..., str | None]


def page_key(request: HttpRequest, version: str = "") -> str:
    # Scheme and host too: canonical and social links in the page are absolute.
    url = request.build_absolute_uri()
    return f"page:{get_language()}:{hashlib.sha256(f'{version} {url}'.encode()).hexdigest()}"


def kept_for_visitors(version: Version) -> Callable[[View], View]:
    """Keep the view's pages for visitors without cookies, each under the ``version`` it had when rendered.

    ``version`` runs on every request a kept page could answer, so it must be cheap (one indexed query): a page
    whose version changed is rendered afresh at once, and one whose version is None is never kept.
    """

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            seconds = settings.PAGE_CACHE_SECONDS
            if seconds <= 0 or request.method not in {"GET", "HEAD"} or request.COOKIES or request.GET.get("q"):
                return view(request, *args, **kwargs)
            current = version(request, *args, **kwargs)
            if current is None:
                return view(request, *args, **kwargs)
            key, pages = page_key(request, current), caches["pages"]
            response: HttpResponse | None = pages.get(key)
            if response is None:
                response = view(request, *args, **kwargs)
                if response.status_code == 200 and not response.cookies and not response.streaming:
                    pages.set(key, response, seconds)
            return response

        return wrapper

    return decorator


def always_the_same(request: HttpRequest, *args: Any, **kwargs: Any) -> str:
    return ""


# A page that may lag behind its content by PAGE_CACHE_SECONDS.
cached_for_visitors = kept_for_visitors(always_the_same)
