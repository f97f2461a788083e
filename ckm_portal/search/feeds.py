"""RSS and Atom feeds of a search: ``/zoeken/feed/rss/?q=...`` holds what the search's first page lists.

Never kept in a cache and never logged with its query string, like the search page (README, *Security and privacy*).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from articles.feeds import ArticleListFeed, FilteredList, filter_labels, with_query
from ckm_portal.search import query as search_query
from ckm_portal.search.services import search_feed


class SearchFeed(ArticleListFeed):
    list_url_name = "search:results"
    article_feed_url_name = "articles:feed_rss"

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        params = search_query.clean_params(request.GET)
        query, _was_cut = search_query.clean(params.get("q", ""))
        if not query:
            # Nothing to search for: the feed of the article list, with any filters kept (as the page does).
            for name in search_query.OWN_PARAMS:
                params.pop(name, None)
            return HttpResponseRedirect(with_query(reverse(self.article_feed_url_name), params))
        response = super().__call__(request, *args, **kwargs)
        # Search terms stay out of shared caches.
        patch_cache_control(response, private=True)
        return response

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FilteredList:
        params = search_query.clean_params(request.GET)
        params.pop("page", None)
        query, _was_cut = search_query.clean(params.get("q", ""))
        params["q"] = query
        filterset, articles = search_feed(query, params, order=params.get("order", "relevance"))
        return FilteredList(params, filterset, articles, query=query)

    def title(self, obj: FilteredList) -> str:
        title = _("CKM knowledge base: search for “%(query)s”") % {"query": obj.query}
        labels = filter_labels(obj.filterset)
        return " · ".join([title, *labels])

    def description(self, obj: FilteredList) -> str:
        text = _("The best matching articles for this search in the CKM knowledge base.")
        if obj.filterset.errors:
            text += " " + _("Some filters were not understood and have been left out.")
        return text


class SearchAtomFeed(SearchFeed):
    feed_type = Atom1Feed
    article_feed_url_name = "articles:feed_atom"
    subtitle = SearchFeed.description
