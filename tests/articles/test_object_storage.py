"""Uploads in an S3-compatible bucket (moto's server on loopback): private objects, the portal's access rule kept."""

import os
import secrets
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest
from botocore.config import Config
from django.core.files.storage import default_storage
from django.urls import reverse

from articles import uploads
from articles.models import Attachment, Status
from ckm_portal.core.storage import S3_SIGNED_URL_SECONDS, default_storage_config
from tests.factories import PDF, make_article, make_attachment
from tests.support.object_storage import ACCESS_KEY, REGION, SECRET_KEY, moto_s3
from tests.support.uploads import admin_post, assert_serves_the_pdf, served_bytes, upload

pytestmark = [pytest.mark.server, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def s3_url():
    with moto_s3() as url:
        yield url


@pytest.fixture
def bucket(s3_url, settings):
    """A new private bucket of the test's own, made the default storage."""
    client = boto3.client(
        "s3", endpoint_url=s3_url, aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, region_name=REGION
    )
    name = f"ckm-{secrets.token_hex(6)}"
    client.create_bucket(Bucket=name)
    config = default_storage_config(
        bucket=name, endpoint_url=s3_url, access_key=ACCESS_KEY, secret_key=SECRET_KEY, region=REGION
    )
    settings.STORAGES = {**settings.STORAGES, "default": config}
    return SimpleNamespace(name=name, client=client, url=s3_url)


def keys(bucket):
    return sorted(item["Key"] for item in bucket.client.list_objects_v2(Bucket=bucket.name).get("Contents", []))


def anonymous_status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_an_attachment_saved_through_the_model_is_an_object_in_the_bucket_and_not_on_disk(bucket, media_root):
    attachment = make_attachment(make_article(status=Status.PUBLISHED))
    assert keys(bucket) == [attachment.file.name]
    assert attachment.file.name.startswith("attachments/")
    assert bucket.client.get_object(Bucket=bucket.name, Key=attachment.file.name)["Body"].read() == PDF
    assert not media_root.exists()


def test_a_published_pdf_comes_from_the_bucket_with_the_headers_and_304(client, bucket, django_assert_max_num_queries):
    attachment = make_attachment(make_article(status=Status.PUBLISHED))
    url = attachment.get_absolute_url()
    with django_assert_max_num_queries(1):
        response = client.get(url)
    assert_serves_the_pdf(response, attachment)
    assert response["Cache-Control"].startswith("public")
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")
    # Streamed through the portal: no redirect to the bucket, so no signed URL ever leaves it.
    assert "Location" not in response
    again = client.get(url, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, headers={"If-Modified-Since": response["Last-Modified"]}).status_code == 304
    head = client.head(url)
    assert head.status_code == 200 and head.content == b"" and head["Content-Length"] == str(len(PDF))
    assert head["ETag"] == response["ETag"]


def test_a_drafts_pdf_in_the_bucket_is_a_404_for_visitors_and_200_for_staff(client, editor_client, bucket):
    draft = make_attachment(make_article(status=Status.DRAFT))
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = editor_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert served_bytes(response) == PDF
    assert response["Cache-Control"] == "private, no-store"


def test_objects_are_not_readable_from_the_s3_server_without_credentials(bucket):
    published = make_attachment(make_article(status=Status.PUBLISHED))
    draft = make_attachment(make_article(status=Status.DRAFT))
    for attachment in (published, draft):
        grants = bucket.client.get_object_acl(Bucket=bucket.name, Key=attachment.file.name)["Grants"]
        assert [grant["Grantee"].get("URI") for grant in grants if grant["Grantee"].get("URI")] == []
        assert anonymous_status(f"{bucket.url}/{bucket.name}/{attachment.file.name}") == 403
    # The test can fail: an object made public would be readable.
    bucket.client.put_object(Bucket=bucket.name, Key="public.pdf", Body=PDF, ACL="public-read")
    assert anonymous_status(f"{bucket.url}/{bucket.name}/public.pdf") == 200


def test_the_storages_own_urls_are_signed_and_short_lived(bucket):
    attachment = make_attachment(make_article(status=Status.DRAFT))
    url = attachment.file.url
    assert "X-Amz-Signature=" in url and f"X-Amz-Expires={S3_SIGNED_URL_SECONDS}" in url
    assert S3_SIGNED_URL_SECONDS <= 60


def test_a_second_file_of_the_same_name_does_not_replace_the_first(bucket):
    article = make_article(status=Status.PUBLISHED)
    first = make_attachment(article, content=PDF)
    second = make_attachment(article, content=PDF.replace(b"%PDF-1.4", b"%PDF-1.7"))
    assert first.file.name != second.file.name
    assert len(keys(bucket)) == 2


def test_a_pdf_missing_from_the_bucket_is_a_404(client, bucket):
    attachment = make_attachment(make_article(status=Status.PUBLISHED))
    bucket.client.delete_object(Bucket=bucket.name, Key=attachment.file.name)
    assert client.get(attachment.get_absolute_url()).status_code == 404


def test_an_unreachable_object_store_is_a_503_not_a_500(client, bucket, settings):
    attachment = make_attachment(make_article(status=Status.PUBLISHED))
    # A server that refuses connections: port 9 (discard) of loopback has no listener here.
    config = default_storage_config(
        bucket=bucket.name, endpoint_url="http://127.0.0.1:9", access_key=ACCESS_KEY, secret_key=SECRET_KEY
    )
    config["OPTIONS"]["client_config"] = Config(connect_timeout=1, retries={"max_attempts": 1})
    settings.STORAGES = {**settings.STORAGES, "default": config}
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 503
    assert response["Retry-After"] == "60"


def test_an_upload_through_the_admin_is_checked_and_stored_in_the_bucket(editor_client, bucket):
    article = make_article(title="Uitspraak over juju")
    url = reverse("admin:articles_article_change", args=[article.pk])
    refused = editor_client.post(url, admin_post(article, upload("virus.pdf", b"MZ" + b"x" * 500)))
    assert refused.status_code == 200
    assert keys(bucket) == []
    response = editor_client.post(url, admin_post(article, upload("bestand.pdf", PDF)))
    assert response.status_code == 302
    attachment = Attachment.objects.get(article=article)
    assert keys(bucket) == [attachment.file.name]
    # Saving the article again does not refuse or rewrite the stored file.
    data = admin_post(article, "") | {
        "attachments-INITIAL_FORMS": "1",
        "attachments-0-id": str(attachment.pk),
        "attachments-0-article": str(article.pk),
    }
    assert editor_client.post(url, data).status_code == 302
    assert keys(bucket) == [attachment.file.name]


def test_a_kept_upload_lives_in_the_bucket_and_becomes_the_attachment(editor_client, bucket):
    article = make_article(title="Uitspraak over juju")
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = editor_client.post(url, admin_post(article, upload("bestand.pdf", PDF)) | {"title": ""})
    assert response.status_code == 200
    [kept] = keys(bucket)
    assert kept.startswith(f"{uploads.KEPT_FOLDER}/") and kept.endswith("/bestand.pdf")
    token = response.text.split('name="attachments-0-file-kept" value="', 1)[1].split('"', 1)[0]
    data = admin_post(article, "") | {"attachments-0-file-kept": token}
    del data["attachments-0-file"]
    assert editor_client.post(url, data).status_code == 302
    attachment = Attachment.objects.get(article=article)
    # The kept object is gone; the attachment has its own copy.
    assert keys(bucket) == [attachment.file.name]
    assert default_storage.open(attachment.file.name).read() == PDF


def test_expired_kept_uploads_are_purged_from_the_bucket(bucket):
    token = uploads.keep(upload("oud.pdf", PDF))
    assert len(keys(bucket)) == 1
    assert uploads.purge_kept_uploads() == 0
    assert uploads.kept(token) is not None
    assert uploads.purge_kept_uploads(now=10**10) == 1
    assert keys(bucket) == []


def test_the_settings_choose_the_bucket_only_when_one_is_named(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("geheim\n")
    code = "import django; django.setup(); from django.conf import settings; print(repr(settings.STORAGES['default']))"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_S3_", "AWS_"))}
    env.update(DJANGO_DEBUG="1", DJANGO_SETTINGS_MODULE="ckm_portal.settings")

    def default_storage_of(**extra):
        result = subprocess.run(
            [sys.executable, "-c", code], env=env | extra, capture_output=True, text=True, check=True
        )
        return eval(result.stdout)  # noqa: S307 (the repr of a dict of strings, from our own settings)

    assert default_storage_of() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    storage = default_storage_of(
        DJANGO_S3_BUCKET="kennisbank",
        DJANGO_S3_ENDPOINT_URL="https://s3.example.org",
        DJANGO_S3_ACCESS_KEY_ID="sleutel",
        DJANGO_S3_SECRET_ACCESS_KEY_FILE=str(secret),
        DJANGO_S3_REGION="eu-west-1",
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] == {
        "bucket_name": "kennisbank",
        "endpoint_url": "https://s3.example.org",
        "access_key": "sleutel",
        "secret_key": "geheim",
        "region_name": "eu-west-1",
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": S3_SIGNED_URL_SECONDS,
        "signature_version": "s3v4",
        "file_overwrite": False,
        "max_memory_size": 2 * 1024 * 1024,
    }


def test_accel_redirect_with_a_bucket_is_refused_in_one_line():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_S3_", "AWS_"))}
    env.update(
        DJANGO_DEBUG="1",
        DJANGO_S3_BUCKET="kennisbank",
        DJANGO_ATTACHMENT_ACCEL_REDIRECT="/protected-media/",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "DJANGO_ATTACHMENT_ACCEL_REDIRECT serves files from the local disk" in result.stderr


def test_a_stored_pdf_is_not_fetched_again_to_validate_a_save(bucket):
    attachment = make_attachment(make_article(status=Status.PUBLISHED))
    # Were the stored file read to check it, the missing object would make full_clean fail.
    bucket.client.delete_object(Bucket=bucket.name, Key=attachment.file.name)
    attachment.title = "Nieuwe titel"
    attachment.full_clean()
