"""Files for the upload tests, and the admin form data that sends them."""

from django.core.files.uploadedfile import SimpleUploadedFile

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
