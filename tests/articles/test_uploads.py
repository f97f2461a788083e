"""Attachments are PDFs, judged by their content, of limited size, stored under MEDIA_ROOT."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from articles.models import Attachment
from articles.validators import validate_pdf
from tests.factories import PDF, make_article
from tests.support.uploads import EXE, admin_post, upload

pytestmark = pytest.mark.django_db


def messages_of(error):
    return " ".join(error.value.messages)


def test_a_real_pdf_is_accepted():
    validate_pdf(upload("uitspraak.pdf", PDF))


def test_a_renamed_exe_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload("uitspraak.pdf", EXE))
    assert error.value.error_list[0].code == "not_pdf"


def test_a_pdf_without_its_end_marker_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload("half.pdf", PDF[:200]))
    assert error.value.error_list[0].code == "damaged_pdf"


def test_another_extension_is_refused_even_with_pdf_content():
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload("uitspraak.exe", PDF))
    assert error.value.error_list[0].code == "not_pdf_name"


def test_a_file_over_the_limit_is_refused(settings):
    settings.ATTACHMENT_MAX_BYTES = 1024
    big = PDF.replace(b"%%EOF", b"%" + b"x" * 2000 + b"\n%%EOF")
    with pytest.raises(ValidationError) as error:
        validate_pdf(upload("groot.pdf", big))
    assert error.value.error_list[0].code == "too_large"
    assert "1,0" in messages_of(error) or "1.0" in messages_of(error)  # the limit, in words


def test_the_default_limit_is_twenty_megabytes():
    from django.conf import settings  # noqa: PLC0415

    assert settings.ATTACHMENT_MAX_BYTES == 20 * 1024 * 1024


def test_the_admin_stores_a_pdf_under_media_root(editor_client, media_root):
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = editor_client.post(url, admin_post(article, upload("uitspraak.pdf", PDF)))
    assert response.status_code == 302
    attachment = Attachment.objects.get(article=article)
    path = attachment.file.path
    assert path.startswith(str(media_root))
    with open(path, "rb") as stored:
        assert stored.read() == PDF


def test_the_admin_refuses_a_renamed_exe_with_the_message(editor_client):
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = editor_client.post(url, admin_post(article, upload("uitspraak.pdf", EXE)))
    assert response.status_code == 200
    assert not Attachment.objects.exists()
    assert "geen PDF" in response.text or "not a PDF" in response.text
