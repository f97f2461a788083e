"""A short-lived cache of whole public pages, for visitors who carry no cookie.

Such a visitor sees exactly what every other one sees: no session, no
messages, no CSRF token, no preview. Anyone with a cookie (editors, someone who
used the contact form) gets a freshly rendered page. The cache is the
``pages`` cache (settings.CACHES), one per worker process, so a change shows on
every worker after at most ``settings.PAGE_CACHE_SECONDS``.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language


def page_key(request):
    # Scheme and host too: canonical and social links in the page are absolute.
    url = request.build_absolute_uri()
    return f"page:{get_language()}:{hashlib.sha256(url.encode()).hexdigest()}"


def cached_for_visitors(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or request.method not in {"GET", "HEAD"} or request.COOKIES:
            return view(request, *args, **kwargs)
        key, pages = page_key(request), caches["pages"]
        response = pages.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.cookies and not response.streaming:
                pages.set(key, response, seconds)
        return response

    return wrapper
