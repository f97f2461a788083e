from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from ckm_portal import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Dutch pages live at the root, English ones under /en/.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("ckm_portal.search.urls")),
    prefix_default_language=False,
)
