from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorsConfig(AppConfig):
    """The editors' roles (groups made by a data migration) and the admin's shared editing tools."""

    name = "ckm_portal.editors"
    label = "editors"
    verbose_name = _("Editors")
