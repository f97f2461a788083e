from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Status
from articles.services import EDITOR_STATUSES
from ckm_portal.editors.forms import EditorialAdminForm
from ckm_portal.editors.roles import can_publish
from ckm_portal.topics.forms import TopicsFormMixin


class ECLIField(forms.CharField):
    """An ECLI as typed or imported: spaces around it and lower case are corrected, not refused."""

    def to_python(self, value):
        return super().to_python(value).upper()


class ArticleAdminForm(TopicsFormMixin, EditorialAdminForm):
    """The article form; ``for_user`` narrows it for editors who may not publish."""

    class Meta(EditorialAdminForm.Meta):
        model = Article
        fields = [
            "title", "slug", "article_type", "language", "summary", "body", "topics", "status", "published_at",
            "source_name", "source_url", "authors", "publication_date", "court", "ecli", "decision_date",
            "publisher", "doi", "isbn",
        ]  # fmt: skip
        field_classes = {"ecli": ECLIField}

    user = None

    @classmethod
    def for_user(cls, user):
        return type(cls.__name__, (cls,), {"user": user})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is not None and not can_publish(self.user):
            # Editors write drafts and submit them; publishing is for chief editors.
            status.choices = [(value, label) for value, label in Status.choices if value in EDITOR_STATUSES]
            status.help_text = _("A chief editor publishes articles that are in review.")

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("status") == Status.PUBLISHED and not cleaned_data.get("published_at"):
            # "Published" without a moment means: now.
            cleaned_data["published_at"] = timezone.now()
        return cleaned_data
