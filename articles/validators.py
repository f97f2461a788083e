"""Upload checks for attachments: PDF only, judged by the content and not by the name."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

PDF_MAGIC = b"%PDF-"
# The header may follow a little junk (the PDF spec allows it within the first KiB),
# and %%EOF is followed by at most a few bytes of whitespace or an incremental save's junk.
HEADER_WINDOW = 1024
TRAILER_WINDOW = 2048


def validate_pdf(upload):
    """Refuse anything that is not a PDF, or that is larger than ``ATTACHMENT_MAX_BYTES``."""
    if isinstance(upload, FieldFile) and upload._committed:
        # A stored file was checked when it came in; reading it again would fetch it from the bucket on every save.
        return
    size = upload.size
    limit = settings.ATTACHMENT_MAX_BYTES
    if size > limit:
        raise ValidationError(
            _("The file is %(size)s; attachments may be at most %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
    if not upload.name.lower().endswith(".pdf"):
        raise ValidationError(_("Only PDF files can be attached (the name must end in .pdf)."), code="not_pdf_name")
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        head = upload.read(HEADER_WINDOW)
        upload.seek(max(size - TRAILER_WINDOW, 0))
        tail = upload.read(TRAILER_WINDOW)
    finally:
        upload.seek(position)
    if PDF_MAGIC not in head:
        raise ValidationError(
            _("This file is not a PDF, whatever its name says. Only PDF files can be attached."), code="not_pdf"
        )
    if b"%%EOF" not in tail:
        raise ValidationError(_("This PDF is incomplete or damaged (it has no end marker)."), code="damaged_pdf")
