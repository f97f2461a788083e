"""How a lower layer reaches search without importing it (as Wagtail's ``get_search_backend()`` does).

``settings.SEARCH_BACKEND`` names the class, by dotted path; the search app provides it.
"""

from typing import Any

import django_filters
from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _


def get_search_backend() -> Any:
    # Any: the class lives in a higher layer, which this module must not import, even for types.
    return import_string(settings.SEARCH_BACKEND)()


class SearchTextFilter(django_filters.CharFilter):
    """``?q=...`` on a list of a searchable model: the same matches as the search page finds."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Search words"))
        super().__init__(*args, **kwargs)

    def filter(self, qs: Any, value: Any) -> Any:
        backend = get_search_backend()
        text, _was_cut = backend.clean(value)
        return backend.matching(qs, text) if text else qs
