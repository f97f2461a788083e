"""The review workflow in the article admin: the inbox filter, the note on the form, and "send back to draft"."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import inbox, services
from articles.models import Status
from ckm_portal.editors.roles import can_publish


class InboxFilter(admin.SimpleListFilter):
    """The article list as one box of the review inbox (the boxes' "all N" links)."""

    title = _("inbox")
    parameter_name = inbox.PARAMETER

    def lookups(self, request, model_admin):
        return [(kind.key, kind.title) for kind in inbox.kinds_for(request.user)]

    def queryset(self, request, queryset):
        kind = inbox.KINDS_BY_KEY.get(self.value())
        return kind.select(queryset, request.user) if kind else queryset


class SendBackForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the editor"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6, "class": "vLargeTextField"}),
        help_text=_("What should change before the article is submitted again? The editor sees this note."),
    )


class ReviewAdminMixin:
    """Mixed into ArticleAdmin: the chief editor's "send back to draft" and the note the editor sees."""

    def get_urls(self):
        send_back = path(
            "<path:object_id>/send-back/",
            self.admin_site.admin_view(self.send_back_view),
            name="articles_article_send_back",
        )
        return [send_back, *super().get_urls()]

    def render_change_form(self, request, context, *args, **kwargs):
        obj = kwargs.get("obj")
        if obj is not None and obj.pk:
            if obj.status == Status.DRAFT and obj.review_note:
                context["returned_article"] = obj
            if can_publish(request.user) and services.can_send_back(obj):
                context["send_back_url"] = reverse("admin:articles_article_send_back", args=[obj.pk])
        return super().render_change_form(request, context, *args, **kwargs)

    def send_back_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not can_publish(request.user):
            raise PermissionDenied
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        form = SendBackForm(request.POST if request.method == "POST" else None)
        try:
            if not services.can_send_back(article):
                raise PermissionDenied(gettext("Only articles in review or scheduled can be sent back to draft."))
            if form.is_valid():
                services.send_back_to_draft(article, request.user, form.cleaned_data["note"])
                self.message_user(
                    request,
                    gettext("“%(title)s” went back to draft with your note.") % {"title": article.title},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:index"))
        except PermissionDenied as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(change_url)
        except ValidationError as error:
            form.add_error("note", error)
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Send back to draft"),
            "subtitle": article.title,
            "opts": self.opts,
            "original": article,
            "change_url": change_url,
            "form": form,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/send_back.html", context)
