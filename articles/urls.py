from django.urls import path

from articles import agenda, feeds, preview, views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("feed/rss/", feeds.LatestArticlesFeed(), name="feed_rss"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("<int:pk>/voorbeeld/", preview.article_preview, name="preview"),
    path("export.ris", views.list_export, {"fmt": "ris"}, name="export_ris"),
    path("export.bib", views.list_export, {"fmt": "bib"}, name="export_bib"),
    path("<slug:slug>/", views.article_detail, name="detail"),
    path("<slug:slug>/event.ics", agenda.event_ics, name="event_ics"),
    path("<slug:slug>/cite.ris", views.cite, {"fmt": "ris"}, name="cite_ris"),
    path("<slug:slug>/cite.bib", views.cite, {"fmt": "bib"}, name="cite_bib"),
    path("<slug:slug>/bijlagen/<int:pk>/<str:filename>", views.attachment, name="attachment"),
]
