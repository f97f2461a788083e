"""Serving attachments: a PDF goes out only when its article is public, or to staff who may see the article.

Nothing serves ``MEDIA_ROOT`` or the bucket directly, so a draft's PDF cannot be fetched by guessing its name.
The file is streamed from the default storage (``MEDIA_ROOT``, or the private S3 bucket: see README
"Object storage"), or, with ``settings.ATTACHMENT_ACCEL_REDIRECT``, handed to nginx with an
``X-Accel-Redirect`` header (local disk only).
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from datetime import datetime
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.core.files import File
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _

from articles.models import Attachment
from ckm_portal.core.storage import open_stored

logger = logging.getLogger(__name__)

CONTENT_TYPE = "application/pdf"
# Shared caches may keep a public PDF this long; an unpublished article's PDF disappears within it.
PUBLIC_CACHE_SECONDS = 600


def may_see_unpublished(user: Any) -> bool:
    # The same people who may preview a draft (articles.preview).
    return bool(user.is_active and user.is_staff and user.has_perm("articles.view_article"))


def attachment_for(request: HttpRequest, *, slug: str, pk: int, filename: str) -> tuple[Attachment, bool]:
    """``(attachment, public)`` for this address; Http404 when it does not exist or the visitor may not see it.

    A draft's attachment is a 404 and not a 403, so its existence does not leak.
    """
    attachment = get_object_or_404(Attachment.objects.select_related("article"), pk=pk, article__slug=slug)
    if attachment.filename != filename:
        raise Http404
    public = attachment.article.is_published
    # The user (and so the session) is looked at only for unpublished articles: public PDFs carry no Vary: Cookie.
    if not public and not may_see_unpublished(request.user):
        raise Http404
    return attachment, public


def content_disposition(filename: str) -> str:
    """``inline`` with an ASCII fallback name and the exact name as RFC 6266 ``filename*``."""
    fallback = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode()
    fallback = "".join(char for char in fallback if char.isprintable() and char not in '"\\;') or "bijlage.pdf"
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def base_headers(response: HttpResponse, attachment: Attachment, public: bool) -> HttpResponse:
    response["Content-Type"] = CONTENT_TYPE
    response["Content-Disposition"] = content_disposition(attachment.filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = f"public, max-age={PUBLIC_CACHE_SECONDS}" if public else "private, no-store"
    return response


def accel_response(attachment: Attachment, public: bool) -> HttpResponse:
    """An empty answer that tells nginx to send the file from its ``internal`` location (which adds ETag and length)."""
    response = HttpResponse(b"")
    response["X-Accel-Redirect"] = settings.ATTACHMENT_ACCEL_REDIRECT.rstrip("/") + "/" + quote(attachment.file.name)
    return base_headers(response, attachment, public)


def attachment_response(request: HttpRequest, attachment: Attachment, public: bool) -> HttpResponseBase:
    if settings.ATTACHMENT_ACCEL_REDIRECT:
        return accel_response(attachment, public)
    name = attachment.file.name
    try:
        file, size, modified = open_stored(attachment.file.storage, name)
    except FileNotFoundError:
        logger.warning("Attachment %s: file %s is missing from the storage", attachment.pk, name)
        raise Http404 from None
    except OSError:
        logger.exception("Attachment %s: the storage cannot give file %s", attachment.pk, name)
        return unavailable()
    try:
        return file_response(request, attachment, public, file, size=size, modified=modified)
    except BaseException:
        file.close()
        raise


def unavailable() -> HttpResponse:
    response = HttpResponse(_("The file cannot be fetched just now. Please try again in a minute."), status=503)
    response["Content-Type"] = "text/plain; charset=utf-8"
    response["Retry-After"] = "60"
    response["Cache-Control"] = "no-store"
    return response


def file_response(
    request: HttpRequest, attachment: Attachment, public: bool, file: File, *, size: int, modified: datetime
) -> HttpResponseBase:
    """The PDF with its validators; a 304 or a HEAD answer close the file without reading it."""
    name = attachment.file.name
    etag = quote_etag(hashlib.sha256(f"{name}:{size}:{modified.timestamp()}".encode()).hexdigest()[:32])
    last_modified = int(modified.timestamp())
    headers = base_headers(HttpResponse(b""), attachment, public)
    headers["ETag"] = etag
    headers["Last-Modified"] = http_date(last_modified)
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified, response=headers)
    if not_modified is not None and not_modified is not headers:
        file.close()
        return not_modified
    if request.method == "HEAD":
        # The headers of the GET, without reading the file.
        file.close()
        headers["Content-Length"] = str(size)
        return headers
    # Read in chunks as it is sent; from a bucket, the object is fetched on the first read.
    response = FileResponse(file, content_type=CONTENT_TYPE)
    response["Content-Length"] = str(size)
    for header in ("Content-Disposition", "X-Content-Type-Options", "Cache-Control", "ETag", "Last-Modified"):
        response[header] = headers[header]
    return response
