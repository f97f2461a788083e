"""Where uploads live: the local disk, or a bucket of an S3-compatible object store.

settings.py builds ``STORAGES["default"]`` with :func:`default_storage_config`; the attachment
view opens stored files with :func:`open_stored`, which works the same on both.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError  # type: ignore[import-untyped]
from django.core.files.base import File
from django.core.files.storage import FileSystemStorage, Storage

# A file bigger than this is spooled to a temporary file while it is read from the bucket, not kept in memory.
S3_MAX_MEMORY_BYTES = 2 * 1024 * 1024
# The lifetime of any URL the storage signs (nothing the portal serves links to one; see README "Object storage").
S3_SIGNED_URL_SECONDS = 60


class StorageError(OSError):
    """The object store could not be reached or refused the request (not: the file is missing)."""


def default_storage_config(
    *, bucket: str, endpoint_url: str = "", access_key: str = "", secret_key: str = "", region: str = ""
) -> dict[str, Any]:
    """``STORAGES["default"]``: the S3 backend when a bucket is named, else the local disk under MEDIA_ROOT."""
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options: dict[str, Any] = {
        "bucket_name": bucket,
        # Private objects: no ACL is sent, so the bucket's own (private) default applies; URLs are signed.
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": S3_SIGNED_URL_SECONDS,
        # Signature version 4 everywhere (botocore would sign URLs with the deprecated version 2 for us-east-1).
        "signature_version": "s3v4",
        # As on the local disk, a second file of the same name gets a new name instead of replacing the first.
        "file_overwrite": False,
        "max_memory_size": S3_MAX_MEMORY_BYTES,
    }
    if endpoint_url:
        options["endpoint_url"] = endpoint_url
    if region:
        options["region_name"] = region
    # Without keys, boto3 looks for credentials itself (AWS_* variables, an instance role).
    if access_key:
        options["access_key"] = access_key
    if secret_key:
        options["secret_key"] = secret_key
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def open_stored(storage: Storage, name: str) -> tuple[File, int, datetime]:
    """``(file, size, modified)`` of a stored file, opened for reading; the caller closes the file.

    FileNotFoundError when it is not there, StorageError when the object store fails. On S3, opening
    costs one HEAD request, which also gives the size and time; the content is fetched on the first read.
    """
    if not isinstance(storage, FileSystemStorage):
        return _open_in_bucket(storage, name)
    file = storage.open(name, "rb")
    try:
        return file, storage.size(name), storage.get_modified_time(name)
    except BaseException:
        file.close()
        raise


def _open_in_bucket(storage: Storage, name: str) -> tuple[File, int, datetime]:
    try:
        file = storage.open(name, "rb")
    except (ClientError, BotoCoreError) as error:
        raise StorageError(f"{name}: {error}") from error
    # S3Storage opens a file with a HEAD request, whose answer has the size and the time.
    obj = file.obj  # type: ignore[attr-defined]
    return file, obj.content_length, obj.last_modified
