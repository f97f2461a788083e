from django.urls import path

from ckm_portal.contact import views

app_name = "contact"
urlpatterns = [
    path("", views.contact, name="form"),
    path("bedankt/", views.thanks, name="thanks"),
]
