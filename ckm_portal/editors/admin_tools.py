"""What the editorial ModelAdmins share: edit history, the rich-text editor's assets under our CSP, list filters."""

from csp.constants import NONCE
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from js_asset import Media
from simple_history.admin import SimpleHistoryAdmin

from ckm_portal.editors.forms import rich_text_formfield
from ckm_portal.editors.history import readable_history


def with_nonce(request, media):
    """The media with the request's CSP nonce on every tag.

    The rich-text editor loads its ES modules through an import map, which is an
    inline ``<script type="importmap">``. Our CSP allows no inline script, so the
    admin's editing pages (and only those) add a per-request nonce to script-src
    and put it on the import map; the public site keeps its nonce-free policy.
    """
    return Media.from_media(media, nonce=str(request.csp_nonce)) if hasattr(request, "csp_nonce") else media


# Tiptap, the editor's engine, injects one small <style> element of base rules
# (ProseMirror's white-space handling and the like) when it starts. Rather than allow
# inline styles, the editing pages allow that one stylesheet by its hash. The hash
# belongs to the django-prose-editor version pinned in constraints.txt; after an
# upgrade the browser test (tests/browser/test_admin_flow.py) reports the new one.
EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"


def allow_editor_assets(response):
    """Loosen the CSP of one admin editing page just enough for the editor (nonce'd import map, its stylesheet)."""
    response._csp_update = {"script-src": [NONCE], "style-src": [EDITOR_STYLE_HASH]}
    return response


class RichTextAdminMixin:
    """For a ModelAdmin: the model's ``rich_text_fields`` get the rich-text editor, its assets allowed by our CSP.

    EditorialAdmin has it; so has the topics' admin, through articles.admin (the topics layer
    may not import this one).
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # The admin builds its forms with this method instead of the form's own callback: the
        # model's rich-text fields get the editor here too (ckm_portal.editors.forms).
        if db_field.name in getattr(db_field.model, "rich_text_fields", ()):
            return rich_text_formfield(db_field)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = with_nonce(request, context["media"])
        return allow_editor_assets(super().render_change_form(request, context, *args, **kwargs))


class EditorialAdmin(RichTextAdminMixin, SimpleHistoryAdmin):
    """A ModelAdmin with history (viewable and restorable) that can carry the rich-text editor."""

    # URLs typed without a scheme are taken as https, as Django 6 will.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def changelist_view(self, request, extra_context=None):
        # The lists take the whole width (1280 px screens): the index and the forms keep the model sidebar.
        return super().changelist_view(request, {"is_nav_sidebar_enabled": False, **(extra_context or {})})

    def render_history_view(self, request, template, context, **kwargs):
        if "adminform" in context:
            # simple-history flattens the media to a string; rebuild it with the nonce.
            context["media"] = with_nonce(request, self.media + context["adminform"].media)
        return allow_editor_assets(super().render_history_view(request, template, context, **kwargs))

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        # Our history list (templates/simple_history/object_history_list.html) prints these
        # readable rows instead of simple-history's raw values.
        historical_records.entries = readable_history(historical_records)

    # simple-history's titles have no Dutch translation; these use our catalogue.

    def history_view_title(self, request, obj):
        return gettext("History of %s") % obj

    def history_form_view_title(self, request, obj):
        if self.revert_disabled(request, obj):
            return gettext("Earlier version of %s") % obj
        return gettext("Restore an earlier version of %s") % obj

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history lets anyone who may view the history post the restore form;
        # restoring is changing, so it needs the change permission on the object itself.
        if request.method == "POST":
            obj = self.get_object(request, object_id)
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


class YearFilter(admin.SimpleListFilter):
    """Filter on the year of ``date_field``; the years offered are those that occur."""

    title = _("year")
    parameter_name = "year"
    date_field = None

    def lookups(self, request, model_admin):
        years = (
            model_admin.get_queryset(request)
            .exclude(**{f"{self.date_field}__isnull": True})
            .annotate(year=ExtractYear(self.date_field))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(**{f"{self.date_field}__year": int(value)})
        return queryset


def year_filter(date_field, title=None):
    return type(
        f"YearFilter_{date_field}",
        (YearFilter,),
        {"date_field": date_field, "title": title or YearFilter.title, "parameter_name": f"{date_field}_year"},
    )
