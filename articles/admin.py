from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from articles import services
from articles.dossier_admin import DossierTopicAdmin
from articles.forms import ArticleAdminForm
from articles.models import Article, Attachment, Status
from articles.review_admin import InboxFilter, ReviewAdminMixin
from articles.uploads import AttachmentForm
from ckm_portal.editors.admin_tools import EditorialAdmin, year_filter
from ckm_portal.editors.roles import can_publish
from ckm_portal.topics.admin import TopicKindFilter
from ckm_portal.topics.models import Topic

#: Topics named in the article list; the rest are counted.
LISTED_TOPICS = 3

# What a bulk action reports: the message % the number of articles it changed.
SUBMITTED = ngettext_lazy("%d article submitted for review.", "%d articles submitted for review.")
PUBLISHED = ngettext_lazy("%d article published.", "%d articles published.")
UNPUBLISHED = ngettext_lazy("%d article unpublished.", "%d articles unpublished.")
ARCHIVED = ngettext_lazy("%d article archived.", "%d articles archived.")


class TranslationAutocomplete(AutocompleteSelect):
    """The translation's autocomplete, told which article it is for (see ArticleAdmin.get_search_results)."""

    translation_of = None

    def get_url(self):
        url = super().get_url()
        return f"{url}?{urlencode({'translation_of': self.translation_of})}" if self.translation_of else url


class AttachmentInline(admin.TabularInline):
    model = Attachment
    form = AttachmentForm
    fields = ["title", "file", "uploaded_at"]
    readonly_fields = ["uploaded_at"]
    extra = 0


@admin.register(Article)
class ArticleAdmin(ReviewAdminMixin, EditorialAdmin):
    form = ArticleAdminForm
    inlines = [AttachmentInline]
    # Fits a 1280 px screen: status and "public" share a column, topics are shortened (static/css/admin.css wraps).
    list_display = ["title", "article_type", "status_display", "publish_moment", "language", "topic_names"]
    list_filter = [
        InboxFilter,
        "status",
        "article_type",
        TopicKindFilter,
        "language",
        year_filter("published_at", _("year published")),
    ]
    list_select_related = ["created_by"]
    search_fields = ["title", "slug", "summary", "source_url", "ecli", "authors"]
    autocomplete_fields = ["translation"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "article_type", "language", "translation", "summary", "body", "topics"]}),
        (_("Publication"), {"fields": ["status", "published_at"]}),
        (_("Source"), {"fields": ["source_name", "source_url", "authors", "publication_date"]}),
        (_("Case law"), {"fields": ["court", "ecli", "decision_date"], "classes": ["collapse"]}),
        (_("Publications and books"), {"fields": ["publisher", "doi", "isbn"], "classes": ["collapse"]}),
        (_("Events"), {"fields": ["event_start", "event_end", "event_place"], "classes": ["collapse"]}),
        (_("Record"), {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    actions = ["submit_selected", "publish_selected", "unpublish_selected", "archive_selected"]
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("topics")

    @admin.display(description=_("topics"))
    def topic_names(self, article):
        names = [topic.name for topic in article.topics.all()]
        if len(names) <= LISTED_TOPICS:
            return ", ".join(names)
        more = len(names) - LISTED_TOPICS
        return ngettext("%(topics)s and %(count)d more", "%(topics)s and %(count)d more", more) % {
            "topics": ", ".join(names[:LISTED_TOPICS]),
            "count": more,
        }

    @admin.display(description=_("publish moment"), ordering="published_at")
    def publish_moment(self, article):
        # The short form (2-12-2026 10:30) keeps the column narrow.
        if article.published_at:
            return formats.date_format(timezone.localtime(article.published_at), "SHORT_DATETIME_FORMAT")
        return None

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, article):
        # One column for the status and whether the public sees it: "published" that is not public yet is scheduled.
        if article.status == Status.PUBLISHED and not article.is_published:
            return _("Scheduled")
        return article.get_status_display()

    # Permissions: editors change drafts and articles in review; once an article is
    # published or archived, only a chief editor may touch it.

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if allowed and obj is not None and obj.status not in services.EDITOR_STATUSES:
            return can_publish(request.user)
        return allowed

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form = form.for_user(request.user) if issubclass(form, ArticleAdminForm) else form
        translation = form.base_fields.get("translation")
        if translation is not None and obj is not None:
            # base_fields are this request's own copies, made by the form factory (and for_user's subclass).
            getattr(translation.widget, "widget", translation.widget).translation_of = obj.pk
        return form

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "translation":
            kwargs["widget"] = TranslationAutocomplete(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "article" and request.GET.get("field_name") == "translation":
            # The translation's choices: articles in the other language, never the article itself.
            of = request.GET.get("translation_of", "")
            language = (
                Article.objects.filter(pk=of).values_list("language", flat=True).first() if of.isdigit() else None
            )
            if language:
                queryset = queryset.exclude(pk=of).exclude(language=language)
        return queryset, may_have_duplicates

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user):
            fields.append("published_at")
        return fields

    def save_model(self, request, obj, form, change):
        # The one route every admin save takes (change form and history restore).
        services.save_article(obj, request.user, site_url=request.build_absolute_uri("/"))

    def render_change_form(self, request, context, *args, **kwargs):
        obj = kwargs.get("obj")
        if obj is not None and obj.pk:
            context["preview_url"] = reverse("articles:preview", kwargs={"pk": obj.pk})
        return super().render_change_form(request, context, *args, **kwargs)

    def get_view_on_site_url(self, obj=None):
        # An article that is not public has no public page yet: "View on site" opens the staff preview.
        if obj is not None and obj.pk and not obj.is_published:
            return reverse("articles:preview", kwargs={"pk": obj.pk})
        return super().get_view_on_site_url(obj)

    # Bulk actions: each article goes through the service, so the rule is the same.

    def _apply(self, request, queryset, transition, done_message):
        done, refused = 0, []
        for article in queryset:
            try:
                transition(article, request.user)
            except PermissionDenied as error:
                refused.append(f"{article}: {error}")
            else:
                done += 1
        if done:
            self.message_user(request, done_message % done, messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description=_("Submit selected drafts for review"), permissions=["change"])
    def submit_selected(self, request, queryset):
        site_url = request.build_absolute_uri("/")
        self._apply(
            request,
            queryset.filter(status=Status.DRAFT),
            lambda article, user: services.submit_for_review(article, user, site_url=site_url),
            SUBMITTED,
        )

    @admin.action(description=_("Publish selected articles"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._apply(request, queryset, services.publish_article, PUBLISHED)

    @admin.action(description=_("Unpublish selected articles (back to draft)"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        self._apply(request, queryset.filter(status=Status.PUBLISHED), services.unpublish_article, UNPUBLISHED)

    @admin.action(description=_("Archive selected articles"), permissions=["publish"])
    def archive_selected(self, request, queryset):
        self._apply(request, queryset, services.archive_article, ARCHIVED)


# The topics app's own admin, extended with the dossier (articles.dossier_admin explains why from here).
admin.site.unregister(Topic)
admin.site.register(Topic, DossierTopicAdmin)
