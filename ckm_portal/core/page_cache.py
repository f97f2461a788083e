"""A short-lived cache of whole public pages, for visitors who carry no cookie.

Such a visitor sees exactly what every other one sees: no session, no
messages, no CSRF token, no preview. Anyone with a cookie (editors, someone who
used the contact form) gets a freshly rendered page. The cache is the
``pages`` cache (settings.CACHES): one per worker process, or one in Redis for all
when REDIS_URL is set; either way a change shows after at most
``settings.PAGE_CACHE_SECONDS``. While Redis is away, pages render uncached
(ckm_portal.core.cache).
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


def page_key(request: HttpRequest) -> str:
    # Scheme and host too: canonical and social links in the page are absolute.
    url = request.build_absolute_uri()
    return f"page:{get_language()}:{hashlib.sha256(url.encode()).hexdigest()}"


def cached_for_visitors(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or request.method not in {"GET", "HEAD"} or request.COOKIES:
            return view(request, *args, **kwargs)
        key, pages = page_key(request), caches["pages"]
        response: HttpResponse | None = pages.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.cookies and not response.streaming:
                pages.set(key, response, seconds)
        return response

    return wrapper
