"""Search snippets: the headline PostgreSQL cuts around the hits, and its markup as safe HTML."""

from __future__ import annotations

import html

from django.contrib.postgres.search import SearchHeadline, SearchQueryCombinable
from django.db.models import Case, Func, TextField, Value, When
from django.db.models.functions import Concat, Left
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ckm_portal.core.search_fields import DUTCH, ENGLISH

# ts_headline reads the whole text it is given; the start of a long body is enough for a snippet.
HEADLINE_SOURCE_CHARS = 5000
# Private-use characters mark the hits, so the snippet can be escaped before <mark> goes in.
HIT_START, HIT_STOP = "\ue000", "\ue001"


def _snippet_text() -> Concat:
    body = Func(
        Left("body", HEADLINE_SOURCE_CHARS), Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace"
    )
    return Concat("summary", Value(" … "), body, output_field=TextField())


def _headline(query: SearchQueryCombinable, config: str) -> SearchHeadline:
    return SearchHeadline(
        _snippet_text(),
        query,
        config=config,
        start_sel=HIT_START,
        stop_sel=HIT_STOP,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def mark_hits(headline: str | None) -> SafeString:
    """The snippet as safe HTML: everything escaped, then the hits wrapped in <mark>."""
    text = escape(html.unescape(headline or ""))
    return mark_safe(text.replace(HIT_START, "<mark>").replace(HIT_STOP, "</mark>"))  # noqa: S308 (escaped above)


def snippet(tsquery: SearchQueryCombinable) -> Case:
    """The headline of an article's summary and body start, in the article's language, hits between markers."""
    return Case(When(language="en", then=_headline(tsquery, ENGLISH)), default=_headline(tsquery, DUTCH))
