"""The admin in the editor's own language."""

from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers


class AdminLanguageMiddleware:
    """Give admin pages the language of the editor's browser (or language cookie), Dutch by default.

    The public pages take their language from the URL (Dutch at the root, English under
    /en/). Django's LocaleMiddleware therefore gives every URL without a prefix, the admin's
    included, the default language. The admin has one URL for everyone, so here the
    language comes from the language cookie, then Accept-Language, then LANGUAGE_CODE.
    Comes right after LocaleMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(reverse("admin:index")):
            return self.get_response(request)
        translation.activate(translation.get_language_from_request(request))
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ["Accept-Language", "Cookie"])
        return response
