"""Site-wide search: ranked, faceted articles plus the best projects and partners, in a fixed number of queries."""

import html
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import Case, Count, F, Func, TextField, Value, When, Window
from django.db.models.functions import Concat, Left
from django.utils.html import escape
from django.utils.safestring import mark_safe

from articles.filters import ArticleFilterSet
from articles.models import Article
from ckm_portal.search.facets import article_facets
from ckm_portal.search.query import parse
from ckm_portal.search.suggestions import did_you_mean
from ckm_portal.search.vectors import DUTCH, ENGLISH
from partners.models import Partner
from projects.models import Project

ARTICLES_PER_PAGE = 20
OTHERS_SHOWN = 5
# Below this many articles, a spelling suggestion is worth a query.
FEW_RESULTS = 3
# ts_headline reads the whole text it is given; the start of a long body is enough for a snippet.
HEADLINE_SOURCE_CHARS = 5000
# Private-use characters mark the hits, so the snippet can be escaped before <mark> goes in.
HIT_START, HIT_STOP = "\ue000", "\ue001"
ORDERS = {"relevance", "date"}
MAX_PAGE = 10**9


class CountedPaginator(Paginator):
    """A paginator told its count, which the facet query has already computed."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


def rank(parsed, vector="search_vector"):
    return SearchRank(F(vector), parsed.tsquery)


def matching_articles(parsed, queryset=None):
    return (queryset if queryset is not None else Article.objects.published()).filter(parsed.match())


def ordered(articles, parsed, order):
    if order == "date":
        return articles.order_by("-published_at", "-pk")
    # Ranked by the small rank_vector (title, summary, topics), never by the body's vector.
    return articles.alias(rank=rank(parsed, "rank_vector")).order_by("-rank", "-published_at", "-pk")


def _snippet_text():
    body = Func(
        Left("body", HEADLINE_SOURCE_CHARS), Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace"
    )
    return Concat("summary", Value(" … "), body, output_field=TextField())


def _headline(query, config):
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


def mark_hits(headline):
    """The snippet as safe HTML: everything escaped, then the hits wrapped in <mark>."""
    text = escape(html.unescape(headline or ""))
    return mark_safe(text.replace(HIT_START, "<mark>").replace(HIT_STOP, "</mark>"))  # noqa: S308 (escaped above)


def page_articles(ids, parsed):
    """The articles with these ids, in this order, each with a highlighted ``snippet``: one query plus topics."""
    snippet = Case(
        When(language="en", then=_headline(parsed.tsquery, ENGLISH)),
        default=_headline(parsed.tsquery, DUTCH),
    )
    articles = (
        Article.objects.filter(pk__in=ids)
        .defer("body", "search_vector", "rank_vector")
        .annotate(raw_snippet=snippet)
        .with_listing_relations()
    )
    by_id = {article.pk: article for article in articles}
    page = [by_id[pk] for pk in ids if pk in by_id]
    for article in page:
        article.snippet = mark_hits(article.raw_snippet)
    return page


def best_of(model, parsed, limit=OTHERS_SHOWN):
    """The best ``limit`` rows of a model, each carrying the total number of matches; one query."""
    return list(
        model.objects.filter(parsed.match())
        .defer("search_vector", "topic_text")
        .annotate(total=Window(Count("pk")))
        .alias(rank=rank(parsed))
        .order_by("-rank", "pk")[:limit]
    )


@dataclass
class SearchResults:
    query: str
    parsed: object
    filterset: ArticleFilterSet
    page_obj: object
    facets: list
    total: int
    order: str
    suggestion: str = ""
    projects: list = field(default_factory=list)
    partners: list = field(default_factory=list)

    @property
    def topics(self):
        return self.parsed.topics

    @staticmethod
    def total_of(rows):
        return rows[0].total if rows else 0

    @property
    def project_total(self):
        return self.total_of(self.projects)

    @property
    def partner_total(self):
        return self.total_of(self.partners)


def active_filters(filterset):
    """The valid filter values, as they appear in facet links (topics by slug)."""
    cleaned = getattr(filterset.form, "cleaned_data", {})
    return {name: getattr(value, "slug", value) for name, value in cleaned.items()}


def with_params(params, **changes):
    """``params`` as a query string ("?..."), with some set or (None) removed, and always without the page."""
    params = params.copy()
    for name, value in {**changes, "page": None}.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return f"?{params.urlencode()}"


def link_facets(facets, params):
    for facet in facets:
        facet.clear_url = with_params(params, **{facet.name: None})
        for item in facet.values:
            item.url = with_params(params, **{facet.name: item.value})
    return facets


def requested_page(page_number):
    """The page number as the paginator reads it (anything but a whole number is page 1).

    Capped, so the offset stays a number PostgreSQL takes; any page that far is past the end anyway.
    """
    try:
        return min(max(int(page_number), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


@contextmanager
def match_by_index():
    """Within the block, the planner answers ``@@`` from the GIN index rather than a sequential scan.

    The planner prices ``@@`` per row as cheap, so for a common term it reads
    the whole table and unpacks every stored vector from TOAST (about twice as
    slow as a bitmap scan, which needs no vector at all: the index is exact).
    ``SET LOCAL`` ends with the transaction.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def site_search(query, params, page_number=None, order="relevance"):
    """Everything the search page shows for ``query`` (cleaned, non-empty) and the filters in ``params``."""
    parsed = parse(query)
    order = order if order in ORDERS else "relevance"
    filterset = ArticleFilterSet(params, queryset=matching_articles(parsed))
    filtered = filterset.qs
    number = requested_page(page_number)
    with match_by_index():
        # The facets and the page asked for come from one pass over the matches.
        counts = article_facets(
            filtered,
            active=active_filters(filterset),
            rank=rank(parsed, "rank_vector") if order == "relevance" else None,
            page=((number - 1) * ARTICLES_PER_PAGE, ARTICLES_PER_PAGE),
        )
        paginator = CountedPaginator(
            ordered(filtered, parsed, order).values_list("pk", flat=True), ARTICLES_PER_PAGE, counts.total
        )
        page_obj = paginator.get_page(page_number)
        # Past the end (or below 1), the paginator shows the last page instead: one more query.
        ids = counts.page_ids if page_obj.number == number else list(page_obj.object_list)
    page_obj.object_list = page_articles(ids, parsed) if ids else []

    return SearchResults(
        query=query,
        parsed=parsed,
        filterset=filterset,
        page_obj=page_obj,
        facets=link_facets(counts.facets, params),
        total=counts.total,
        order=order,
        suggestion=did_you_mean(parsed.words) if counts.total < FEW_RESULTS else "",
        projects=best_of(Project, parsed),
        partners=best_of(Partner, parsed),
    )
