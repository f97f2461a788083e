"""RSS and Atom feeds of article lists: the list with any filters, a topic and a country.

A feed is the first page of the list it belongs to: the same filters (articles.selectors.filtered_articles),
the same order, as many items as the page shows. Filter values that are not understood are dropped, as on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from articles.filters import ArticleFilterSet
from articles.models import Article
from articles.selectors import filtered_articles
from articles.views import ARTICLES_PER_PAGE
from ckm_portal.topics.models import Topic, TopicSlugRedirect

# A feed holds what the first page of its list shows.
FEED_LENGTH = ARTICLES_PER_PAGE


def list_params(params: QueryDict) -> QueryDict:
    """The filters of a list URL, without the page number (a feed is always the first page)."""
    params = params.copy()
    params.pop("page", None)
    return params


def filter_labels(filterset: ArticleFilterSet) -> list[str]:
    """The valid filters in words ("Voodoo", "Nigeria", "Case law", "2024"), in the form's order."""
    cleaned = getattr(filterset.form, "cleaned_data", {})
    labels = []
    for name, field in filterset.form.fields.items():
        value = cleaned.get(name)
        # The sort changes the order, not what is listed.
        if value in (None, "") or name == "sort":
            continue
        if isinstance(value, Topic):
            labels.append(value.display_name)
        elif getattr(field, "choices", None):
            labels.append(str(dict(field.choices).get(value, value)))
        else:
            labels.append(str(value))
    return labels


def url_name_of(request: HttpRequest) -> str:
    match = request.resolver_match
    return (match.url_name if match else None) or ""


def with_query(url: str, params: QueryDict) -> str:
    return f"{url}?{params.urlencode()}" if params else url


@dataclass
class FilteredList:
    """What a feed lists: the filters as given (for its link), and the articles in the page's order."""

    params: QueryDict
    filterset: ArticleFilterSet
    articles: QuerySet[Article] | list[Article]
    topic: Topic | None = None
    query: str = ""


class ArticleListFeed(Feed):
    """``/artikelen/feed/rss/?topic=voodoo&country=ng&type=case_law``: the article list's first page."""

    list_url_name = "articles:list"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FilteredList:
        params = list_params(request.GET)
        filterset, articles = filtered_articles(params, request=request)
        return FilteredList(params, filterset, articles)

    def title(self, obj: FilteredList) -> str:
        labels = filter_labels(obj.filterset)
        if not labels:
            return _("CKM knowledge base: latest articles")
        return _("CKM knowledge base: %(filters)s") % {"filters": " · ".join(labels)}

    def description(self, obj: FilteredList) -> str:
        text = _("New articles, case law and publications on human trafficking in the CKM knowledge base.")
        if obj.filterset.errors:
            # The page says so in a notice; a feed reader shows the description.
            text += " " + _("Some filters were not understood and have been left out.")
        return text

    def link(self, obj: FilteredList) -> str:
        return with_query(reverse(self.list_url_name), obj.params)

    def items(self, obj: FilteredList) -> QuerySet[Article] | list[Article]:
        return obj.articles[:FEED_LENGTH]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.summary

    def item_pubdate(self, item: Article) -> Any:
        return item.published_at

    def item_updateddate(self, item: Article) -> Any:
        return item.updated_at

    def item_author_name(self, item: Article) -> str | None:
        return item.authors or None

    def item_categories(self, item: Article) -> list[str]:
        # listed_topics is the prefetch of with_listing_relations().
        return [topic.display_name for topic in item.listed_topics]  # type: ignore[attr-defined]


class ArticleListAtomFeed(ArticleListFeed):
    feed_type = Atom1Feed
    # Atom calls the description a subtitle.
    subtitle = ArticleListFeed.description


class TopicArticlesFeed(ArticleListFeed):
    """A topic's or country's feed: the article list filtered on it (the page's "all articles" link).

    Other filters in the feed's URL still apply (``/landen/nigeria/feed/rss/?type=case_law``).
    """

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            # An old slug of a renamed or merged topic: its feed moved with it.
            topic = TopicSlugRedirect.objects.target(kwargs.get("slug", ""))
            if topic is None:
                raise
            kind = "atom" if url_name_of(request).endswith("atom") else "rss"
            name = f"topics:country_feed_{kind}" if topic.is_country else f"topics:feed_{kind}"
            return redirect(name, slug=topic.slug, permanent=True)

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FilteredList:
        # /landen/ serves countries only and /onderwerpen/ the other topics, as the pages do.
        # Unapproved keywords have no public page, so no feed either.
        topic = get_object_or_404(Topic.objects.public(), slug=kwargs.get("slug", ""))
        if topic.is_country != url_name_of(request).startswith("country"):
            raise Http404
        filter_name = "country" if topic.is_country else "topic"
        params = list_params(request.GET)
        params.pop("topic" if filter_name == "topic" else "country", None)
        # Filtered on the topic itself rather than through ?topic=: free keywords have a page but no filter choice.
        filterset, articles = filtered_articles(
            params, request=request, queryset=Article.objects.published().for_topic(topic)
        )
        params[filter_name] = topic.slug
        return FilteredList(params, filterset, articles, topic)

    def title(self, obj: FilteredList) -> str:
        assert obj.topic is not None  # noqa: S101 (get_object always sets it)
        names = [obj.topic.display_name, *filter_labels(obj.filterset)]
        return _("CKM knowledge base: %(filters)s") % {"filters": " · ".join(names)}

    def description(self, obj: FilteredList) -> str:
        assert obj.topic is not None  # noqa: S101
        return _("The latest articles on %(topic)s in the CKM knowledge base.") % {"topic": obj.topic.display_name}


class TopicArticlesAtomFeed(TopicArticlesFeed):
    feed_type = Atom1Feed
    subtitle = TopicArticlesFeed.description


# The names the URLs have always used.
LatestArticlesFeed = ArticleListFeed
LatestArticlesAtomFeed = ArticleListAtomFeed
