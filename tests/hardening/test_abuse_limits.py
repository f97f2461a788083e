"""Abuse limits that hold across servers: one-use contact forms, a login cap per address, Retry-After.

They count in the shared cache (contact) or in axes' database rows (logins); here the cache is the
one-machine memory cache, tests/hardening/test_shared_state.py runs the same against Redis.
"""

import time

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import cache

from ckm_portal.contact.models import ContactMessage
from ckm_portal.contact.spam import TOKEN_SALT, form_token

pytestmark = pytest.mark.django_db

CONTACT = "/contact/"
LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "een-lang-wachtwoord-42"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def contact_form(served):
    return {
        "name": "Anna de Vries",
        "email": "anna@example.org",
        "subject": "Vraag",
        "message": "Een vraag over terugkeer.",
        "website": "",
        "served": served,
    }


def test_a_served_form_is_accepted_once_and_a_replay_is_refused(client):
    served = form_token(time.time() - 30)
    assert client.post(CONTACT, contact_form(served), REMOTE_ADDR="192.0.2.1").status_code == 302
    # The same token again, even from another address: refused with a message, nothing stored.
    replay = client.post(CONTACT, contact_form(served), REMOTE_ADDR="192.0.2.2")
    assert replay.status_code == 400
    assert "already been sent" in replay.text or "al verstuurd" in replay.text
    assert ContactMessage.objects.count() == 1
    # The form comes back with a fresh token, which works.
    assert replay.context["form"]["served"].value() != served
    assert client.post(CONTACT, contact_form(form_token(time.time() - 30)), REMOTE_ADDR="192.0.2.2").status_code == 302


def test_an_old_style_token_without_a_nonce_is_refused(client):
    old = signing.dumps(int(time.time() - 30), salt=TOKEN_SALT)
    assert client.post(CONTACT, contact_form(old)).status_code == 400
    assert ContactMessage.objects.count() == 0


def test_the_rate_limit_answer_says_when_to_come_back(client):
    for _ in range(5):
        assert client.post(CONTACT, contact_form(form_token(time.time() - 30)), REMOTE_ADDR="192.0.2.9").status_code
    refused = client.post(CONTACT, contact_form(form_token(time.time() - 30)), REMOTE_ADDR="192.0.2.9")
    assert refused.status_code == 429
    assert 0 < int(refused.headers["Retry-After"]) <= 3600
    # What was typed is shown again, unvalidated, with a new token.
    assert "Een vraag over terugkeer." in refused.text
    assert ContactMessage.objects.count() == 5


def test_no_address_is_kept_in_the_rate_limit_keys(client):
    client.post(CONTACT, contact_form(form_token(time.time() - 30)), REMOTE_ADDR="198.51.100.77")
    keys = list(cache._cache.keys())  # the memory cache's own store
    assert keys
    assert not any("198.51.100.77" in key for key in keys)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("redacteur", password=PASSWORD, is_staff=True)


def log_in(client, username, password, address):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.slow
def test_one_address_trying_nine_passwords_on_many_usernames_is_locked(client, editor, settings):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 20  # production's 30 would take longer to reach, to the same effect
    tried = 0
    for name in ["gebruiker1", "gebruiker2", "gebruiker3"]:
        for attempt in range(9):  # one below the limit of each username and address pair
            tried += 1
            response = log_in(client, name, f"fout{attempt}", "203.0.113.5")
            if tried == 20:
                break
            assert response.status_code == 200, (name, attempt)
    # The failure that reaches the cap across usernames locks the address, as the tenth does for a pair.
    assert response.status_code == 429
    locked = log_in(client, "redacteur", PASSWORD, "203.0.113.5")  # even the right password
    assert locked.status_code == 429
    assert 3500 < int(locked.headers["Retry-After"]) <= 3600
    assert "voor meerdere accounts" in locked.text
    # No username is locked as such: the editor logs in from elsewhere.
    assert log_in(client, "redacteur", PASSWORD, "198.51.100.8").status_code == 302
    assert max(AccessAttempt.objects.values_list("failures_since_start", flat=True)) < settings.AXES_FAILURE_LIMIT


def test_below_the_cap_an_address_is_not_locked(client, editor):
    AccessAttempt.objects.bulk_create(
        AccessAttempt(
            username=f"gebruiker{index}",
            ip_address="203.0.113.6",
            user_agent="",
            failures_since_start=9,
            get_data="",
            post_data="",
            http_accept="",
            path_info="/admin/login/",
        )
        for index in range(settings.AXES_ADDRESS_FAILURE_LIMIT // 9)
    )
    assert log_in(client, "redacteur", PASSWORD, "203.0.113.6").status_code == 302


@pytest.mark.slow
def test_the_pair_lockout_carries_retry_after(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(client, "redacteur", "fout", "192.0.2.30")
    assert response.status_code == 429
    assert 3500 < int(response.headers["Retry-After"]) <= 3600
    assert "voor meerdere accounts" not in response.text
    assert log_in(client, "redacteur", PASSWORD, "192.0.2.30").status_code == 429
