"""RSS and Atom feeds of the newest articles: all of them, per topic and per country."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from articles.models import Article
from ckm_portal.topics.models import Topic, TopicSlugRedirect

FEED_LENGTH = 30


class LatestArticlesFeed(Feed):
    def title(self):
        return _("CKM knowledge base: latest articles")

    def description(self):
        return _("New articles, case law and publications on human trafficking in the CKM knowledge base.")

    def link(self):
        return reverse("articles:list")

    def items(self):
        return Article.objects.published().newest_first().with_listing_relations()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.authors or None

    def item_categories(self, item):
        return [topic.display_name for topic in item.listed_topics]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    # Atom calls the description a subtitle.
    subtitle = LatestArticlesFeed.description


class TopicArticlesFeed(LatestArticlesFeed):
    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            # An old slug of a renamed or merged topic: its feed moved with it.
            topic = TopicSlugRedirect.objects.target(kwargs.get("slug", ""))
            if topic is None:
                raise
            kind = "atom" if request.resolver_match.url_name.endswith("atom") else "rss"
            name = f"topics:country_feed_{kind}" if topic.is_country else f"topics:feed_{kind}"
            return redirect(name, slug=topic.slug, permanent=True)

    def get_object(self, request, slug):
        # /landen/ serves countries only and /onderwerpen/ the other topics, as the pages do.
        # Unapproved keywords have no public page, so no feed either.
        topic = get_object_or_404(Topic.objects.public(), slug=slug)
        if topic.is_country != request.resolver_match.url_name.startswith("country"):
            raise Http404
        return topic

    def title(self, topic):
        return _("CKM knowledge base: %(topic)s") % {"topic": topic.display_name}

    def description(self, topic):
        return _("The latest articles on %(topic)s in the CKM knowledge base.") % {"topic": topic.display_name}

    def link(self, topic):
        return topic.get_absolute_url()

    def items(self, topic):
        return Article.objects.published().for_topic(topic).newest_first().with_listing_relations()[:FEED_LENGTH]


class TopicArticlesAtomFeed(TopicArticlesFeed):
    feed_type = Atom1Feed
    subtitle = TopicArticlesFeed.description
