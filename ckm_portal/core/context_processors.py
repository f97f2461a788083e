from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language


def page_urls(request: HttpRequest) -> dict[str, Any]:
    """The canonical URL of the page and the same page in every other language.

    Used for <link rel="canonical">, hreflang alternates, OpenGraph and the
    language switcher, which links to the same page rather than to the home page.
    """

    def alternates() -> list[dict[str, Any]]:
        current = get_language()
        path = request.get_full_path()
        return [
            {
                "code": code,
                "name": name,
                "current": code == current,
                "url": request.build_absolute_uri(translate_url(path, code)),
            }
            for code, name in settings.LANGUAGES
        ]

    return {
        "canonical_url": SimpleLazyObject(lambda: request.build_absolute_uri(request.path)),
        "language_alternates": SimpleLazyObject(alternates),
    }
