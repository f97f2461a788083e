from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "ckm_portal.contact"
    label = "contact"
    verbose_name = _("Contact")
