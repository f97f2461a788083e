from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ckm_portal.editors.admin_tools import EditorialAdmin
from ckm_portal.editors.forms import EditorialAdminForm
from ckm_portal.topics.admin import TopicKindFilter
from ckm_portal.topics.forms import TopicsFormMixin
from partners.models import Partner


class PartnerAdminForm(TopicsFormMixin, EditorialAdminForm):
    class Meta(EditorialAdminForm.Meta):
        model = Partner
        fields = [
            "name", "abbreviation", "slug", "kind", "scope", "country", "website", "description_nl", "description_en",
            "topics", "coalitions",
        ]  # fmt: skip


@admin.register(Partner)
class PartnerAdmin(EditorialAdmin):
    form = PartnerAdminForm
    list_display = ["name", "abbreviation", "kind", "scope", "country", "website"]
    list_filter = ["kind", "scope", TopicKindFilter, "country"]
    search_fields = ["name", "abbreviation", "slug", "description_nl", "description_en"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["coalitions"]
    fieldsets = [
        (None, {"fields": ["name", "abbreviation", "slug", "kind", "scope", "country", "website"]}),
        (_("Descriptions"), {"fields": ["description_nl", "description_en"]}),
        (_("Expertise and membership"), {"fields": ["topics", "coalitions"]}),
    ]
    list_per_page = 100
