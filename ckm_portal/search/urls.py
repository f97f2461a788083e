from django.urls import path

from ckm_portal.search import feeds, views

app_name = "search"

urlpatterns = [
    path("zoeken/", views.results, name="results"),
    path("zoeken/export.ris", views.export, {"fmt": "ris"}, name="export_ris"),
    path("zoeken/export.bib", views.export, {"fmt": "bib"}, name="export_bib"),
    path("zoeken/feed/rss/", feeds.SearchFeed(), name="feed_rss"),
    path("zoeken/feed/atom/", feeds.SearchAtomFeed(), name="feed_atom"),
]
