"""A valid PDF is not lost when the article form comes back with an error in another field."""

import io
import os
import re
import time
from html import unescape

import pytest
from django.core import signing
from django.core.management import call_command
from django.urls import reverse

from articles import uploads
from articles.models import Attachment
from tests.factories import PDF, make_article
from tests.support.uploads import EXE, admin_post, upload

pytestmark = pytest.mark.django_db

TOKEN_FIELD = "attachments-0-file-kept"


def kept_token(html):
    match = re.search(rf'<input type="hidden" name="{TOKEN_FIELD}" value="([^"]+)">', html)
    return unescape(match.group(1)) if match else None


def kept_files(media_root):
    folder = media_root / uploads.KEPT_FOLDER
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


@pytest.fixture
def article():
    return make_article(title="Uitspraak over juju")


@pytest.fixture
def url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_the_pdf_is_kept_when_another_field_has_an_error_and_saved_on_resubmit(editor_client, article, url, media_root):
    response = editor_client.post(url, admin_post(article, upload("bestand.pdf", PDF)) | {"title": ""})
    assert response.status_code == 200
    assert "title" in response.context["adminform"].form.errors
    assert not Attachment.objects.exists()
    assert "bestand.pdf is bewaard" in response.text
    token = kept_token(response.text)
    assert token
    [stored] = kept_files(media_root)
    assert stored.read_bytes() == PDF

    # Sent again with the error corrected and no file chosen: the kept PDF is the attachment.
    data = admin_post(article, "") | {TOKEN_FIELD: token}
    del data["attachments-0-file"]
    response = editor_client.post(url, data)
    assert response.status_code == 302
    attachment = Attachment.objects.get(article=article)
    assert attachment.filename.startswith("bestand") and attachment.file.name.startswith("attachments/")
    with attachment.file.open("rb") as stored_file:
        assert stored_file.read() == PDF
    # The attachment has its own copy; the kept one is gone.
    assert kept_files(media_root) == []


def test_the_pdf_stays_kept_through_a_second_error(editor_client, article, url):
    first = editor_client.post(url, admin_post(article, upload("bestand.pdf", PDF)) | {"title": ""})
    data = admin_post(article, "") | {TOKEN_FIELD: kept_token(first.text), "title": ""}
    del data["attachments-0-file"]
    second = editor_client.post(url, data)
    assert second.status_code == 200
    assert "bestand.pdf is bewaard" in second.text and kept_token(second.text) == kept_token(first.text)


def test_a_newly_chosen_file_wins_over_the_kept_one(editor_client, article, url):
    first = editor_client.post(url, admin_post(article, upload("eerste.pdf", PDF)) | {"title": ""})
    other_pdf = PDF.replace(b"200 200", b"300 300")
    data = admin_post(article, upload("tweede.pdf", other_pdf)) | {TOKEN_FIELD: kept_token(first.text)}
    assert editor_client.post(url, data).status_code == 302
    attachment = Attachment.objects.get(article=article)
    assert attachment.filename.startswith("tweede")
    with attachment.file.open("rb") as stored_file:
        assert stored_file.read() == other_pdf


def test_a_form_saved_at_once_keeps_nothing(editor_client, article, url, media_root):
    assert editor_client.post(url, admin_post(article, upload("bestand.pdf", PDF))).status_code == 302
    assert kept_files(media_root) == []


def test_a_refused_file_is_not_kept(editor_client, article, url, media_root):
    response = editor_client.post(url, admin_post(article, upload("bestand.pdf", EXE)) | {"title": ""})
    assert response.status_code == 200
    assert kept_token(response.text) is None and kept_files(media_root) == []


def test_a_forged_token_stands_for_nothing(editor_client, article, url, media_root):
    secret = media_root / "attachments" / "geheim.pdf"
    secret.parent.mkdir(parents=True)
    secret.write_bytes(PDF)
    for token in ("attachments/geheim.pdf", signing.dumps("attachments/geheim.pdf", salt="ander-doel")):
        data = admin_post(article, "") | {TOKEN_FIELD: token}
        del data["attachments-0-file"]
        response = editor_client.post(url, data)
        assert response.status_code == 200
        assert not Attachment.objects.exists()


def test_kept_files_expire(editor_client, article, url, media_root):
    editor_client.post(url, admin_post(article, upload("bestand.pdf", PDF)) | {"title": ""})
    [stored] = kept_files(media_root)
    call_command("purge_kept_uploads", stdout=io.StringIO())
    assert kept_files(media_root) == [stored]  # not expired yet
    old = time.time() - uploads.KEPT_UPLOAD_SECONDS - 60
    os.utime(stored, (old, old))
    out = io.StringIO()
    call_command("purge_kept_uploads", stdout=out)
    assert kept_files(media_root) == []
    assert out.getvalue().startswith("1 ")
    assert not stored.parent.exists()
