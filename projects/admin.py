from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ckm_portal.editors.admin_tools import EditorialAdmin, year_filter
from ckm_portal.editors.forms import EditorialAdminForm
from ckm_portal.topics.admin import TopicKindFilter
from ckm_portal.topics.forms import TopicsFormMixin
from projects.models import Project


class ProjectAdminForm(TopicsFormMixin, EditorialAdminForm):
    class Meta(EditorialAdminForm.Meta):
        model = Project
        fields = [
            "title", "slug", "status", "start_date", "end_date", "is_featured", "summary", "description", "results",
            "topics", "partners", "funders", "related_articles",
        ]  # fmt: skip


@admin.register(Project)
class ProjectAdmin(EditorialAdmin):
    form = ProjectAdminForm
    list_display = ["title", "status", "start_date", "end_date", "is_featured"]
    list_filter = ["status", "is_featured", TopicKindFilter, year_filter("start_date", _("start year"))]
    list_editable = ["is_featured"]
    search_fields = ["title", "slug", "summary"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["funders", "partners", "related_articles"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "start_date", "end_date", "is_featured"]}),
        (_("Content"), {"fields": ["summary", "description", "results"]}),
        (_("Links"), {"fields": ["topics", "partners", "funders", "related_articles"]}),
    ]
    list_per_page = 100
