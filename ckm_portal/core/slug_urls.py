"""``reverse()`` for the slug URLs that every list renders dozens of times.

A search or list page links dozens of articles and topics; ``reverse()`` walks
the URL resolver each time (see docs/decisions/0006-url-cache.md). The URL of a name is reversed once
per language, script prefix and URLconf with a placeholder slug, and each slug
is then put in its place. A slug the ``<slug:…>`` converter would refuse goes
through ``reverse()`` itself, so it still fails the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

PLACEHOLDER = "slug-placeholder-0"
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@lru_cache(maxsize=64)
def _template(name: str, language: str | None, script_prefix: str, urlconf: str) -> str:
    return reverse(name, kwargs={"slug": PLACEHOLDER}, urlconf=urlconf)


def slug_url(name: str, slug: str) -> str:
    """The same as ``reverse(name, kwargs={"slug": slug})``."""
    if not SLUG.fullmatch(slug):
        return reverse(name, kwargs={"slug": slug})
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _template(name, get_language(), get_script_prefix(), urlconf).replace(PLACEHOLDER, slug, 1)
