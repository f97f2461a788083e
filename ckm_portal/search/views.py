from django.shortcuts import redirect, render
from django.urls import reverse

from ckm_portal.search import query as search_query
from ckm_portal.search.selectors import site_search

# Parameters of the search page itself; the rest are article filters.
OWN_PARAMS = ("q", "page", "order")


def results(request):
    params = search_query.clean_params(request.GET)
    query, was_cut = search_query.clean(params.get("q", ""))
    if not query:
        # Nothing to search for: the article list is the browse page, with any filters kept.
        filters = params.copy()
        for name in OWN_PARAMS:
            filters.pop(name, None)
        url = reverse("articles:list")
        return redirect(f"{url}?{filters.urlencode()}" if filters else url)
    params["q"] = query  # facet and page links carry the query as it was used
    results = site_search(
        query,
        params,
        page_number=params.get("page"),
        order=params.get("order", "relevance"),
    )
    return render(request, "search/results.html", {"results": results, "query": query, "was_cut": was_cut})
