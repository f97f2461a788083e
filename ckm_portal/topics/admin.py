from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count, Func, Q, TextField
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ckm_portal.topics.models import Topic, TopicKind
from ckm_portal.topics.services import MergeError, merge_topics


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
    list_display = ["name", "name_en", "kind", "iso_code", "slug", "approved", "usage"]
    # "Not approved" lists the keywords waiting for a chief editor's review.
    list_filter = ["approved", "kind"]
    actions = ["approve_selected", "merge_selected"]
    # Also what the autocomplete widgets search; get_search_results adds the aliases.
    search_fields = ["name", "name_en", "slug"]
    ordering = ["kind", "name"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "name_en", "slug", "old_slugs", "kind", "iso_code", "approved"]}),
        (_("Descriptions"), {"fields": ["description_nl", "description_en"]}),
        # Rich text: articles.admin gives these fields the editor and adds the key documents below them.
        (_("Dossier"), {"fields": ["introduction_nl", "introduction_en"]}),
        (_("Search"), {"fields": ["aliases"]}),
    ]
    list_per_page = 100
    readonly_fields = ["old_slugs"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(usage_count=Count("tagged_items"))

    @admin.display(description=_("used"), ordering="usage_count")
    def usage(self, topic):
        return topic.usage_count

    @admin.display(description=_("old slugs"))
    def old_slugs(self, topic):
        # Recorded when the slug changes or a topic is merged into this one; their URLs redirect here.
        if not topic.pk:
            return ""
        return ", ".join(topic.slug_redirects.order_by("old_slug").values_list("old_slug", flat=True))

    @admin.action(description=_("Approve selected topics"), permissions=["change"])
    def approve_selected(self, request, queryset):
        count = queryset.filter(approved=False).update(approved=True)
        self.message_user(
            request,
            ngettext("%(count)d topic approved.", "%(count)d topics approved.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Merge selected topics"), permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        """First a confirmation page to pick the topic that stays; its form posts back to this action."""
        topics = list(queryset.by_kind())
        if len(topics) < 2:
            self.message_user(request, gettext("Select at least two topics to merge."), messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            survivor = next((t for t in topics if str(t.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                self.message_user(request, gettext("Choose the topic that stays."), messages.ERROR)
            else:
                try:
                    merge_topics(survivor=survivor, merged=[t for t in topics if t.pk != survivor.pk])
                except MergeError as error:
                    self.message_user(request, str(error), messages.ERROR)
                    return None
                self.message_user(
                    request,
                    gettext("Merged %(merged)s into %(survivor)s; the old addresses now lead to it.")
                    % {"merged": ", ".join(t.name for t in topics if t.pk != survivor.pk), "survivor": survivor.name},
                    messages.SUCCESS,
                )
                return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Merge topics"),
            "subtitle": None,
            "opts": self.model._meta,
            "topics": topics,
            # Proposed: the approved topic with most links (a typo rarely is either).
            "proposed": max(topics, key=lambda topic: (topic.approved, topic.usage_count)),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/topics/topic/merge.html", context)

    def get_search_results(self, request, queryset, search_term):
        # Also what the topics field's autocomplete asks (ckm_portal.topics.autocomplete).
        # Names without regard to accents ("Roemenie" finds "Roemenië"), the aliases,
        # an array, through their joined text, and a country's ISO code ("NG").
        term = search_term.strip()
        if not term:
            return queryset, False
        matches = (
            Q(name__unaccent__icontains=term)
            | Q(name_en__unaccent__icontains=term)
            | Q(alias_text__unaccent__icontains=term)
            | Q(iso_code__iexact=term)
        )
        if slug_term := slugify(term):  # a term of punctuation alone would match every slug
            matches |= Q(slug__icontains=slug_term)
        return queryset.alias(alias_text=ArrayToString("aliases")).filter(matches), False
