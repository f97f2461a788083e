from django.contrib import admin
from django.db.models import Count, Func, Q, TextField
from django.utils.translation import gettext_lazy as _

from ckm_portal.topics.models import Topic, TopicKind


class TopicKindFilter(admin.SimpleListFilter):
    """For the apps' lists: objects tagged with at least one topic of the chosen kind."""

    title = _("topic kind")
    parameter_name = "topic_kind"

    def lookups(self, request, model_admin):
        return TopicKind.choices

    def queryset(self, request, queryset):
        if self.value() in TopicKind.values:
            # A subquery rather than a join, so the list keeps one row per object.
            return queryset.filter(pk__in=queryset.model.objects.filter(topics__kind=self.value()).values("pk"))
        return queryset


class ArrayToString(Func):
    function = "array_to_string"
    template = "%(function)s(%(expressions)s, ' ')"
    output_field = TextField()


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "kind", "iso_code", "slug", "usage"]
    list_filter = ["kind"]
    # Also what the autocomplete widgets search; get_search_results adds the aliases.
    search_fields = ["name", "name_en", "slug"]
    ordering = ["kind", "name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "name_en", "slug", "kind", "iso_code"]}),
        (_("Descriptions"), {"fields": ["description_nl", "description_en"]}),
        (_("Search"), {"fields": ["aliases"]}),
    ]
    list_per_page = 100

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(usage_count=Count("tagged_items"))

    @admin.display(description=_("used"), ordering="usage_count")
    def usage(self, topic):
        return topic.usage_count

    def get_search_results(self, request, queryset, search_term):
        # Names without regard to accents ("Roemenie" finds "Roemenië"), and the
        # aliases, an array, through their joined text.
        term = search_term.strip()
        if not term:
            return queryset, False
        queryset = queryset.alias(alias_text=ArrayToString("aliases")).filter(
            Q(name__unaccent__icontains=term)
            | Q(name_en__unaccent__icontains=term)
            | Q(slug__icontains=term)
            | Q(alias_text__unaccent__icontains=term)
        )
        return queryset, False
