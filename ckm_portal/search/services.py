"""The search page's results: ranked, faceted articles and the best projects and partners, in fixed queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Page
from django.db.models import QuerySet
from django.http import QueryDict

from articles.filters import ArticleFilterSet
from articles.identifiers import whole_ecli
from articles.models import Article
from ckm_portal.core.pagination import CountedPaginator, requested_page
from ckm_portal.search.facets import Facet, article_facets
from ckm_portal.search.filters import EntryFilterSet
from ckm_portal.search.highlight import mark_hits
from ckm_portal.search.kept_results import keep_counts, kept_counts, results_key
from ckm_portal.search.query import ParsedQuery, parse
from ckm_portal.search.selectors import article_rank, best_of, matching_entries, ordered, page_articles
from ckm_portal.search.sql import match_by_index
from ckm_portal.search.suggestions import better_query
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project

ARTICLES_PER_PAGE = 20
ORDERS = {"relevance", "date"}


@dataclass
class RankedSearch:
    """A text search under the article filters, matched and ranked on the search entries: the page's, its feed's
    and the API's."""

    parsed: ParsedQuery
    filterset: EntryFilterSet

    @classmethod
    def of(cls, parsed: ParsedQuery, params: QueryDict) -> RankedSearch:
        return cls(parsed, EntryFilterSet(params, queryset=matching_entries(parsed)))

    @property
    def errors(self) -> Any:
        """The filters' errors (the form's error dict, by parameter name); empty when every value is valid."""
        return self.filterset.errors

    def ids(self, order: str = "relevance") -> QuerySet[Any]:
        """The matching public articles' ids in this order (ties newest first): slice it, then load the rows."""
        return ordered(self.filterset.qs, self.parsed, order).values_list("pk", flat=True)

    def suggest(self, total: int) -> str:
        """The "did you mean" that finds more than ``total`` under the same filters, or "" (see better_query)."""
        # Cleaned first: filter_queryset reads the form's cleaned data (an invalid value is left out, as in qs).
        self.filterset.is_valid()
        return better_query(
            self.parsed, total, lambda found: self.filterset.filter_queryset(matching_entries(found)).count()
        )


@dataclass
class SearchResults:
    query: str
    parsed: ParsedQuery
    filterset: ArticleFilterSet
    page_obj: Page
    facets: list[Facet]
    total: int
    order: str
    suggestion: str = ""
    projects: list[Project] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)

    @property
    def topics(self) -> list[Topic]:
        return self.parsed.topics

    @staticmethod
    def total_of(rows: list[Any]) -> int:
        # Each row of ``best_of`` carries the number of all matches.
        return int(rows[0].total) if rows else 0

    @property
    def project_total(self) -> int:
        return self.total_of(self.projects)

    @property
    def partner_total(self) -> int:
        return self.total_of(self.partners)


def active_filters(filterset: ArticleFilterSet) -> dict[str, Any]:
    """The valid filter values, as they appear in facet links (topics by slug)."""
    cleaned = getattr(filterset.form, "cleaned_data", {})
    return {name: getattr(value, "slug", value) for name, value in cleaned.items()}


def site_search(
    query: str, params: QueryDict, page_number: str | None = None, order: str = "relevance"
) -> SearchResults:
    """Everything the search page shows for ``query`` (cleaned, non-empty) and the filters in ``params``."""
    parsed = parse(query)
    order = order if order in ORDERS else "relevance"
    search = RankedSearch.of(parsed, params)
    filterset = search.filterset
    filtered = filterset.qs
    number = requested_page(page_number)
    key = results_key(query, params, order, number)
    kept = kept_counts(key)
    with match_by_index():
        # The facets and the page asked for come from one pass over the matches, unless a common search was kept.
        counts = kept or article_facets(
            filtered,
            active=active_filters(filterset),
            rank=article_rank(parsed) if order == "relevance" else None,
            page=((number - 1) * ARTICLES_PER_PAGE, ARTICLES_PER_PAGE),
        )
        paginator = CountedPaginator(search.ids(order), ARTICLES_PER_PAGE, counts.total)
        page_obj = paginator.get_page(page_number)
        # Past the end (or below 1), the paginator shows the last page instead: one more query, and never kept.
        ids = counts.page_ids if page_obj.number == number else list(page_obj.object_list)
        # Counted with the same filters: the suggestion's link keeps them.
        suggestion = search.suggest(counts.total)
    if kept is None and page_obj.number == number:
        keep_counts(key, counts)
    page_obj.object_list = page_articles(ids, parsed) if ids else []
    for article in page_obj.object_list:
        article.snippet = mark_hits(article.raw_snippet)

    return SearchResults(
        query=query,
        parsed=parsed,
        filterset=filterset,
        page_obj=page_obj,
        facets=counts.facets,
        total=counts.total,
        order=order,
        suggestion=suggestion,
        projects=best_of(Project, parsed),
        partners=best_of(Partner, parsed),
    )


def quoted_ruling(query: str) -> Article | None:
    """The one published article whose whole ECLI the query is; None for any other query, or when several have it."""
    ecli = whole_ecli(query)
    if ecli is None:
        return None
    found = list(Article.objects.published().with_identifier(ecli).only("pk", "slug")[:2])
    return found[0] if len(found) == 1 else None


def search_feed(query: str, params: QueryDict, order: str = "relevance") -> tuple[ArticleFilterSet, list[Article]]:
    """What a search's first page lists, for its feed: the same filters and order, without facets or snippets.

    Two queries (the ranked ids, then the rows with their topics) whatever the number of matches.
    """
    search = RankedSearch.of(parse(query), params)
    with match_by_index():
        ids = list(search.ids(order if order in ORDERS else "relevance")[:ARTICLES_PER_PAGE])
    articles = Article.objects.filter(pk__in=ids).for_listing().with_listing_relations()
    by_id = {article.pk: article for article in articles}
    return search.filterset, [by_id[pk] for pk in ids if pk in by_id]
