from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.api import views as api_views
from ckm_portal.site import views
from ckm_portal.site.sitemaps import sitemaps

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    # The JSON API has one URL in every language.
    path("", include("articles.api.urls")),
]

# Dutch pages live at the root, English ones under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("artikelen/", include("articles.urls")),
    path("agenda/", include("articles.agenda_urls")),
    path("", include("ckm_portal.site.topic_urls")),
    path("partners/", include("partners.urls")),
    path("projecten/", include("projects.urls")),
    path("over-het-ckm/", views.about, name="about"),
    # The API's documentation for people, in both languages (the API itself is above).
    path("api/", api_views.documentation, name="api_documentation"),
    path("contact/", include("ckm_portal.contact.urls")),
    path("", include("ckm_portal.search.urls")),
    prefix_default_language=False,
)
