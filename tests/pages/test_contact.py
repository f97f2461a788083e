import time

import pytest
from django.core import mail

from ckm_portal.contact.models import ContactMessage
from ckm_portal.contact.spam import RATE_LIMIT, form_token

pytestmark = pytest.mark.django_db

URL = "/contact/"


@pytest.fixture(autouse=True)
def recipients(settings):
    settings.CONTACT_RECIPIENTS = ["redactie@example.org"]


def form_data(**overrides):
    data = {
        "name": "Anna de Vries",
        "email": "anna@example.org",
        "organisation": "Gemeente Leeuwarden",
        "subject": "Vraag over terugkeer",
        "message": "Waar vind ik informatie over terugkeer naar Nigeria?",
        "website": "",
        "served": form_token(time.time() - 30),
    }
    data.update(overrides)
    return data


def test_form_renders_with_honeypot_hidden_and_a_signed_timestamp(client):
    response = client.get(URL)
    assert response.status_code == 200
    text = response.text
    assert '<div class="honeypot" hidden>' in text
    assert 'name="served"' in text
    assert 'for="id_email"' in text


def test_message_is_stored_and_mailed_to_the_editors(client):
    response = client.post(URL, form_data())
    assert response.status_code == 302
    assert response.headers["Location"] == "/contact/bedankt/"
    message = ContactMessage.objects.get()
    assert message.email == "anna@example.org"
    assert message.language == "nl"
    assert message.mailed
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["redactie@example.org"]
    assert sent.reply_to == ["anna@example.org"]
    assert "Vraag over terugkeer" in sent.subject
    assert "terugkeer naar Nigeria" in sent.body
    assert client.get(response.headers["Location"]).status_code == 200


def test_english_form_records_the_language(client):
    assert client.post("/en/contact/", form_data()).headers["Location"] == "/en/contact/bedankt/"
    assert ContactMessage.objects.get().language == "en"


def test_without_recipients_the_message_is_still_stored(client, settings):
    settings.CONTACT_RECIPIENTS = []
    assert client.post(URL, form_data()).status_code == 302
    assert ContactMessage.objects.get().mailed is False
    assert mail.outbox == []


def test_a_mail_server_failure_keeps_the_message(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # nothing listens on the discard port
    assert client.post(URL, form_data()).status_code == 302
    assert ContactMessage.objects.get().mailed is False


def test_honeypot_filled_in_is_dropped_silently(client):
    response = client.post(URL, form_data(website="http://spam.example"))
    assert response.status_code == 302  # the bot is told it worked
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_a_form_sent_back_too_quickly_is_refused(client):
    response = client.post(URL, form_data(served=form_token()))
    assert response.status_code == 400
    assert ContactMessage.objects.count() == 0
    # What was typed stays, with a fresh timestamp to send it again.
    assert "Waar vind ik informatie" in response.text
    assert form_token(time.time() - 30) not in response.text


@pytest.mark.parametrize("served", ["", "garbage", "MTIz:forged:signature", form_token(time.time() - 3 * 86400)])
def test_a_forged_missing_or_stale_timestamp_is_refused(client, served):
    assert client.post(URL, form_data(served=served)).status_code == 400
    assert ContactMessage.objects.count() == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"email": "not-an-address"},
        {"name": ""},
        {"message": ""},
        {"message": "x" * 5001},
        {"subject": "y" * 201},
    ],
)
def test_bad_input_is_a_400_with_messages(client, overrides):
    response = client.post(URL, form_data(**overrides))
    assert response.status_code == 400
    assert 'class="field-error"' in response.text
    assert ContactMessage.objects.count() == 0


def test_line_breaks_cannot_inject_mail_headers(client):
    response = client.post(URL, form_data(subject="Hallo\r\nBcc: victim@example.org", name="A\nB"))
    assert response.status_code == 302
    sent = mail.outbox[0]
    assert "\n" not in sent.subject
    assert sent.bcc == []
    assert ContactMessage.objects.get().name == "A B"


def test_rate_limit_per_client(client):
    for _ in range(RATE_LIMIT):
        assert client.post(URL, form_data(), REMOTE_ADDR="192.0.2.10").status_code == 302
    refused = client.post(URL, form_data(), REMOTE_ADDR="192.0.2.10")
    assert refused.status_code == 429
    assert ContactMessage.objects.count() == RATE_LIMIT
    # Another client is not affected.
    assert client.post(URL, form_data(), REMOTE_ADDR="192.0.2.11").status_code == 302


def test_rate_limit_counts_spam_attempts_too(client):
    for _ in range(RATE_LIMIT):
        client.post(URL, form_data(website="spam"), REMOTE_ADDR="192.0.2.20")
    assert client.post(URL, form_data(), REMOTE_ADDR="192.0.2.20").status_code == 429


def test_no_ip_address_is_stored(client):
    client.post(URL, form_data(), REMOTE_ADDR="198.51.100.77")
    stored = ContactMessage.objects.values()[0]
    assert "198.51.100.77" not in str(stored)


def test_contact_page_query_count(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        client.get(URL)
