"""Admin login: the tenth wrong password locks the account from that address; two-factor for staff with a device."""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "een-lang-wachtwoord-42"
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("redacteur", password=PASSWORD, is_staff=True)


def log_in(client, password=PASSWORD, address="192.0.2.10", **extra):
    return client.post(LOGIN, {"username": "redacteur", "password": password, **extra}, REMOTE_ADDR=address)


@pytest.mark.slow
def test_the_tenth_wrong_password_locks_until_reset(client, editor):
    for attempt in range(1, 10):
        response = log_in(client, "fout")
        assert response.status_code == 200, attempt  # the form again, with its error
    locked = log_in(client, "fout")
    assert locked.status_code == 429
    assert "Te veel inlogpogingen" in locked.text or "Too many login attempts" in locked.text

    # Now even the right password is refused, from that address...
    assert log_in(client).status_code == 429
    # ...but the editor herself, elsewhere, is not locked out by a stranger.
    assert log_in(client, address="198.51.100.7").status_code == 302
    client.logout()

    call_command("axes_reset", verbosity=0)
    assert log_in(client).status_code == 302


def test_only_what_a_lockout_needs_is_stored(client, editor):
    log_in(client, "fout")
    assert AccessAttempt.objects.count() == 1
    attempt = AccessAttempt.objects.get()
    assert "fout" not in attempt.post_data
    assert log_in(client).status_code == 302
    # A successful login clears the failures and leaves no access log behind.
    assert AccessAttempt.objects.count() == 0
    assert AccessLog.objects.count() == 0


def current_token(device):
    return str(TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()).zfill(device.digits)


def test_staff_with_an_authenticator_must_give_its_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="telefoon", confirmed=True)

    response = log_in(client)
    assert response.status_code == 200
    assert "otp_required" in [error.code for error in response.context["form"].non_field_errors().as_data()]

    token = current_token(device)
    assert log_in(client, otp_token=token).status_code == 302
    assert client.get("/admin/").status_code == 200
    client.logout()

    # A code works once only, and a wrong one never.
    for wrong in (token, "000000" if token != "000000" else "111111"):
        response = log_in(client, otp_token=wrong)
        assert response.status_code == 200
        assert client.get("/admin/").status_code == 302


def test_two_factor_is_optional_unless_required(client, editor, settings):
    assert log_in(client).status_code == 302
    assert client.get("/admin/").status_code == 200

    settings.ADMIN_REQUIRE_2FA = True
    # The session that logged in without a code no longer counts...
    assert client.get("/admin/").status_code == 302
    client.logout()
    # ...and without a device there is no way in but asking an administrator for one.
    response = log_in(client)
    assert response.status_code == 200
    assert "otp_missing_device" in [error.code for error in response.context["form"].non_field_errors().as_data()]


def test_a_device_added_later_asks_for_a_new_login(client, editor):
    assert log_in(client).status_code == 302
    TOTPDevice.objects.create(user=editor, name="telefoon", confirmed=True)
    assert client.get("/admin/").status_code == 302
