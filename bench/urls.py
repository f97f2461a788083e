from django.http import HttpResponse
from django.urls import path

from ckm_portal.urls import urlpatterns as portal_urlpatterns


def floor(request):
    """The least a Django view can do through the same middleware stack: a small page, no database."""
    return HttpResponse("<!DOCTYPE html><title>floor</title><p>ok</p>")


urlpatterns = [path("bench/floor/", floor), *portal_urlpatterns]
