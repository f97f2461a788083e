from django.urls import path

from articles import feeds
from ckm_portal.site import views

app_name = "topics"
urlpatterns = [
    path("onderwerpen/", views.topic_index, name="index"),
    path("onderwerpen/<slug:slug>/", views.topic_detail, name="detail"),
    path("onderwerpen/<slug:slug>/feed/rss/", feeds.TopicArticlesFeed(), name="feed_rss"),
    path("onderwerpen/<slug:slug>/feed/atom/", feeds.TopicArticlesAtomFeed(), name="feed_atom"),
    path("landen/", views.country_index, name="countries"),
    path("expertise/", views.expertise, name="expertise"),
    path("landen/<slug:slug>/", views.topic_detail, name="country"),
    path("landen/<slug:slug>/feed/rss/", feeds.TopicArticlesFeed(), name="country_feed_rss"),
    path("landen/<slug:slug>/feed/atom/", feeds.TopicArticlesAtomFeed(), name="country_feed_atom"),
]
