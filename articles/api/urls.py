from django.urls import path, re_path

from articles.api import views

# One URL in every language (no prefix): the language of error messages follows Accept-Language.
urlpatterns = [
    path("api/v1/", views.api_root, name="api_root"),
    path("api/v1/openapi.json", views.openapi_document, name="api_openapi"),
    path("api/v1/articles/", views.article_list, name="api_articles"),
    path("api/v1/articles/<str:slug>/", views.article_detail, name="api_article"),
    path("api/v1/topics/", views.topic_list, name="api_topics"),
    # Any other address under the API: its JSON 404, not the site's page.
    re_path(r"^api/v1/", views.unknown),
]
