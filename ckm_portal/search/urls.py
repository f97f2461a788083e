from django.urls import path

from ckm_portal.core.search_slots import takes_search_slot
from ckm_portal.search import feeds, views

app_name = "search"

urlpatterns = [
    path("zoeken/", views.results, name="results"),
    path("zoeken/export.ris", views.export, {"fmt": "ris"}, name="export_ris"),
    path("zoeken/export.bib", views.export, {"fmt": "bib"}, name="export_bib"),
    path("zoeken/feed/rss/", takes_search_slot(feeds.SearchFeed()), name="feed_rss"),
    path("zoeken/feed/atom/", takes_search_slot(feeds.SearchAtomFeed()), name="feed_atom"),
]
