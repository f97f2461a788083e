from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TopicsConfig(AppConfig):
    name = "ckm_portal.topics"
    label = "topics"
    verbose_name = _("Topic vocabulary")
