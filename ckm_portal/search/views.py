from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from articles import exports
from ckm_portal.core.search_slots import takes_search_slot
from ckm_portal.search import query as search_query
from ckm_portal.search.facets import Facet
from ckm_portal.search.services import quoted_ruling, site_search


@takes_search_slot
def results(request: HttpRequest) -> HttpResponse:
    params = search_query.clean_params(request.GET)
    query, was_cut = search_query.clean(params.get("q", ""))
    if not query:
        # Nothing to search for: the article list is the browse page, with any filters kept.
        filters = params.copy()
        for name in search_query.OWN_PARAMS:
            filters.pop(name, None)
        url = reverse("articles:list")
        return redirect(f"{url}?{filters.urlencode()}" if filters else url)
    ruling = quoted_ruling(query)
    if ruling is not None:
        # A pasted ECLI means that ruling: its page, not a list of one.
        return redirect(ruling)
    params["q"] = query  # facet and page links carry the query as it was used
    results = site_search(
        query,
        params,
        page_number=params.get("page"),
        order=params.get("order", "relevance"),
    )
    link_facets(results.facets, params)
    return render(request, "search/results.html", {"results": results, "query": query, "was_cut": was_cut})


@require_safe
@takes_search_slot
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The articles of one search page (query, filters, order and page as on the page) as RIS or BibTeX."""
    params = search_query.clean_params(request.GET)
    query, _was_cut = search_query.clean(params.get("q", ""))
    if not query:
        # As the page itself does: without a query, the article list's export with the same filters.
        filters = params.copy()
        for name in ("q", "order"):
            filters.pop(name, None)
        url = reverse(f"articles:export_{fmt}")
        return redirect(f"{url}?{filters.urlencode()}" if filters else url)
    results = site_search(query, params, page_number=params.get("page"), order=params.get("order", "relevance"))
    return exports.export_response(
        request, list(results.page_obj.object_list), fmt, f"ckm-zoeken-{results.page_obj.number}"
    )


def with_params(params: QueryDict, **changes: str | None) -> str:
    """``params`` as a query string ("?..."), with some set or (None) removed, and always without the page."""
    params = params.copy()
    for name, value in {**changes, "page": None}.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return f"?{params.urlencode()}"


def link_facets(facets: list[Facet], params: QueryDict) -> list[Facet]:
    # Built here, not with {% querystring %}: each facet's parameter name is data, which Django 5.2's tag cannot take.
    for facet in facets:
        facet.clear_url = with_params(params, **{facet.name: None})
        for item in facet.values:
            item.url = with_params(params, **{facet.name: item.value})
    return facets
