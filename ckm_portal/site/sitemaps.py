"""sitemap.xml: every public page in Dutch and English, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article
from ckm_portal.site.selectors import without_empty_countries
from ckm_portal.topics.models import Topic, TopicKind
from partners.models import Partner
from projects.models import Project


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PageSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "articles:list",
            "agenda:upcoming",
            "topics:index",
            "topics:countries",
            "topics:expertise",
            "partners:list",
            "projects:list",
            "about",
            "contact:form",
        ]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(BilingualSitemap):
    def items(self):
        return Article.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class TopicSitemap(BilingualSitemap):
    def items(self):
        # Empty country pages stay out, as they do from the country index.
        return without_empty_countries(Topic.objects.public().exclude(kind=TopicKind.KEYWORD).order_by("pk"))


class PartnerSitemap(BilingualSitemap):
    def items(self):
        return Partner.objects.order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ProjectSitemap(BilingualSitemap):
    def items(self):
        return Project.objects.order_by("pk")

    def lastmod(self, item):
        return item.updated_at


sitemaps = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "partners": PartnerSitemap,
    "projects": ProjectSitemap,
}
