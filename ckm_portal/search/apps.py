from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "ckm_portal.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from ckm_portal.search import signals  # noqa: PLC0415 (models must be loaded first)

        signals.connect_searchable_models()
