from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Status
from articles.services import EDITOR_STATUSES, check_translation
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
            "publisher", "doi", "isbn", "translation", "event_start", "event_end", "event_place",
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
        start, end = cleaned_data.get("event_start"), cleaned_data.get("event_end")
        if start and end and end < start:
            self.add_error("event_end", _("An event cannot end before it starts."))
        if "translation" in self.fields:
            self._check_translation(cleaned_data.get("translation"), cleaned_data.get("language"))
        return cleaned_data

    def _get_validation_exclusions(self):
        # The chosen translation may be linked elsewhere still: saving clears that link (articles.services),
        # so the one-to-one column's uniqueness is no reason to refuse the choice.
        return super()._get_validation_exclusions() | {"translation"}

    def _check_translation(self, translation, language):
        # Before the form writes the instance: its translation_id is still the stored one.
        try:
            check_translation(
                self.instance, translation, self.user, stored_id=self.instance.translation_id, language=language
            )
        except ValidationError as error:
            self.add_error("translation", error)
        except PermissionDenied as error:
            self.add_error("translation", str(error))
