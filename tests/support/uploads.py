"""Files for the upload tests, the admin form data that sends them, and what serving one must answer."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import PDF

# What a renamed Windows program starts with: the MZ header and the DOS stub.
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"This program cannot be run in DOS mode." * 50


def upload(name, content, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def admin_post(article, file):
    return {
        "title": article.title,
        "slug": article.slug,
        "article_type": "news",
        "language": "nl",
        "status": "draft",
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "0",
        "attachments-0-title": "Uitspraak",
        "attachments-0-file": file,
    }


def served_bytes(response):
    """The body of a response, streamed (a file) or not."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_serves_the_pdf(response, attachment):
    """The whole PDF, shown inline under its own name, with a type no browser may second-guess."""
    assert response.status_code == 200
    assert served_bytes(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(len(PDF))
    name = attachment.filename
    assert response["Content-Disposition"] == f"inline; filename=\"{name}\"; filename*=UTF-8''{name}"
    assert response["X-Content-Type-Options"] == "nosniff"
