"""The counts and page ids of common searches, kept a short while under a keyed hash; never a search term.

A search that many public articles answer costs the most (every match is ranked and counted) and is
the kind most often repeated. Its facet counts and the ids of the page asked for are kept in the
``searches`` cache for ``SEARCH_CACHE_SECONDS``, under an HMAC (keyed with the secret key) of the
language, query, filters, order and page: the store holds no term, and a key cannot be tied to a
guessed query without the secret. The ``searches`` cache is Redis when REDIS_URL is set, else a
table of the database: shared by every worker and server either way, so each common search is ranked
once per expiry, however many workers ask. Only a search with at least ``SEARCH_CACHE_MIN_MATCHES`` matches
is kept, so a name, a case number or a rare word, which few articles answer, leaves no trace.
See docs/decisions/0018-common-search-cache.md.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.cache import caches
from django.http import QueryDict
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language

from ckm_portal.search.facets import FacetCounts
from ckm_portal.search.query import OWN_PARAMS


def results_key(query: str, params: QueryDict, order: str, number: int) -> str:
    filters = sorted((name, sorted(values)) for name, values in params.lists() if name not in OWN_PARAMS)
    text = json.dumps([get_language(), query, filters, order, number])
    return "search:" + salted_hmac("ckm_portal.search.kept_results", text, algorithm="sha256").hexdigest()


def kept_counts(key: str) -> FacetCounts | None:
    if settings.SEARCH_CACHE_SECONDS <= 0:
        return None
    counts: FacetCounts | None = caches["searches"].get(key)
    return counts


def keep_counts(key: str, counts: FacetCounts) -> None:
    """Keep ``counts`` when the search is a common one (enough matches) and keeping is on."""
    if settings.SEARCH_CACHE_SECONDS > 0 and counts.total >= settings.SEARCH_CACHE_MIN_MATCHES:
        caches["searches"].set(key, counts, settings.SEARCH_CACHE_SECONDS)
