"""How a lower layer reaches search without importing it (as Wagtail's ``get_search_backend()`` does).

``settings.SEARCH_BACKEND`` names the class, by dotted path; the search app provides it.
"""

from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string


def get_search_backend() -> Any:
    # Any: the class lives in a higher layer, which this module must not import, even for types.
    return import_string(settings.SEARCH_BACKEND)()
