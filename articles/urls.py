from django.urls import path

from articles import feeds, preview, views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="list"),
    path("feed/rss/", feeds.LatestArticlesFeed(), name="feed_rss"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("<int:pk>/voorbeeld/", preview.article_preview, name="preview"),
    path("<slug:slug>/", views.article_detail, name="detail"),
    path("<slug:slug>/bijlagen/<int:pk>/<str:filename>", views.attachment, name="attachment"),
]
