from django.urls import path

from ckm_portal.search import views

app_name = "search"

urlpatterns = [
    path("zoeken/", views.results, name="results"),
]
