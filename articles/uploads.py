"""A valid PDF survives a form that comes back with errors.

A browser cannot send a chosen file again, so when the article form is shown again
because of an error elsewhere, the attachment's valid PDF is kept in the default storage
under ``kept-uploads/`` (in MEDIA_ROOT, or in the bucket, where every app server finds it),
and the form carries a signed token for it in a hidden field. Sent back, the token stands
for the file; a newly chosen file wins. Kept files
expire after ``KEPT_UPLOAD_SECONDS``: every save of an attachment and the
``purge_kept_uploads`` command remove the expired ones. Nothing serves MEDIA_ROOT or
the bucket, so a kept file is never reachable from outside.
"""

import contextlib
import os
import secrets
import time
from pathlib import PurePosixPath

from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.utils.html import format_html
from django.utils.translation import gettext as _

from articles.models import Attachment
from articles.validators import validate_pdf

KEPT_FOLDER = "kept-uploads"
KEPT_UPLOAD_SECONDS = 24 * 60 * 60
SALT = "articles.kept-upload"


class KeptUpload(UploadedFile):
    """A kept file, handed to the form as if it had just been uploaded."""

    def __init__(self, stored_name, token):
        self.stored_name = stored_name
        self.token = token
        super().__init__(
            file=default_storage.open(stored_name, "rb"),
            name=PurePosixPath(stored_name).name,
            content_type="application/pdf",
            size=default_storage.size(stored_name),
        )


def keep(upload):
    """Store a valid upload in a folder of its own; the signed token that stands for it."""
    folder = f"{KEPT_FOLDER}/{secrets.token_hex(8)}"
    upload.seek(0)
    stored_name = default_storage.save(f"{folder}/{PurePosixPath(upload.name).name}", upload)
    return signing.dumps(stored_name, salt=SALT)


def kept(token):
    """The KeptUpload a token stands for, or None when it is forged, expired or gone."""
    try:
        stored_name = signing.loads(token, salt=SALT, max_age=KEPT_UPLOAD_SECONDS)
    except signing.BadSignature:
        return None
    if not isinstance(stored_name, str) or not stored_name.startswith(f"{KEPT_FOLDER}/"):
        return None
    if not default_storage.exists(stored_name):
        return None
    return KeptUpload(stored_name, token)


def discard(upload):
    if isinstance(upload, KeptUpload):
        upload.close()
        default_storage.delete(upload.stored_name)
        remove_empty_folder(str(PurePosixPath(upload.stored_name).parent))


def remove_empty_folder(path):
    # A bucket has no folders (a key's prefix goes with its last object); the local disk keeps empty ones.
    with contextlib.suppress(OSError, NotImplementedError):
        os.rmdir(default_storage.path(path))


def purge_kept_uploads(now=None):
    """Delete kept files older than KEPT_UPLOAD_SECONDS (their tokens no longer load); the number deleted."""
    cutoff = (now or time.time()) - KEPT_UPLOAD_SECONDS
    try:
        folders, _files = default_storage.listdir(KEPT_FOLDER)
    except FileNotFoundError:
        return 0
    deleted = 0
    for folder in folders:
        path = f"{KEPT_FOLDER}/{folder}"
        names = default_storage.listdir(path)[1]
        expired = [name for name in names if default_storage.get_modified_time(f"{path}/{name}").timestamp() < cutoff]
        for name in expired:
            default_storage.delete(f"{path}/{name}")
        deleted += len(expired)
        if len(expired) == len(names):
            remove_empty_folder(path)
    return deleted


class AttachmentFileWidget(AdminFileWidget):
    """The admin's file input; links the stored PDF through the portal's view and carries a kept upload."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.valid_upload = None
        self.token = None
        self.kept_upload = None

    def token_name(self, name):
        return f"{name}-kept"

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if value is None and (token := data.get(self.token_name(name))):
            # Read once per form: the form asks again when it is shown.
            if self.kept_upload is None or self.kept_upload.token != token:
                self.kept_upload = kept(token)
            value = self.kept_upload
        if isinstance(value, KeptUpload):
            self.token = value.token
        return value

    def format_value(self, value):
        if self.is_initial(value) and getattr(value, "instance", None) is not None and value.instance.pk:
            return ServedFile(value)
        return super().format_value(value)

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        # A bound form never shows the file it was sent (FileField.bound_data): the widget remembers it.
        upload = self.valid_upload
        if upload is None:
            return html
        if self.token is None:
            # Kept only now that the form is shown again: a form saved at once keeps nothing.
            self.token = keep(upload)
        return format_html(
            '<p class="file-upload kept-upload">{}<input type="hidden" name="{}" value="{}"></p>{}',
            _("%(name)s is kept: you need not choose it again.") % {"name": PurePosixPath(upload.name).name},
            self.token_name(name),
            self.token,
            html,
        )


class ServedFile:
    """What the widget links for a stored file: the attachment view instead of /media/."""

    def __init__(self, field_file):
        self.name = field_file.name
        self.url = field_file.instance.get_absolute_url()

    def __str__(self):
        return self.name


class AttachmentForm(forms.ModelForm):
    class Meta:
        model = Attachment
        fields = ["title", "file"]
        widgets = {"file": AttachmentFileWidget}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            # The model's checks run later (and again); a file is kept only once it has passed them.
            validate_pdf(upload)
            self.fields["file"].widget.valid_upload = upload
        return upload

    def save(self, commit=True):
        upload = self.cleaned_data.get("file")
        attachment = super().save(commit)
        if commit:
            # The attachment has its own copy now.
            discard(upload)
            purge_kept_uploads()
        return attachment
