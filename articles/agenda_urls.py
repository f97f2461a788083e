from django.urls import path

from articles import agenda

app_name = "agenda"
urlpatterns = [
    path("", agenda.agenda, name="upcoming"),
    path("afgelopen/", agenda.past_events, name="past"),
    path("agenda.ics", agenda.agenda_ics, name="ics"),
]
