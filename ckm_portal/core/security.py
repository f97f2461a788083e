"""Admin login hardening: the client address for throttling, and optional two-factor for staff.

The admin site that uses them is ckm_portal.site.admin_site.

Two-factor is per user: a staff member who has a confirmed TOTP device must give a
code from it at every login; one who has none logs in with the password alone,
unless ``ADMIN_REQUIRE_2FA`` (env ``DJANGO_ADMIN_REQUIRE_2FA``) makes it compulsory.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device


def client_ip(request: HttpRequest) -> str | None:
    """The address django-axes throttles on.

    Behind our HTTPS proxy every request comes from the proxy itself, so the
    address is the last one the proxy appended to X-Forwarded-For (earlier ones
    are whatever the client chose to send and cannot be trusted).
    """
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded: list[str] = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    address: str | None = request.META.get("REMOTE_ADDR")
    return address


def needs_second_factor(user: Any) -> bool:
    return bool(settings.ADMIN_REQUIRE_2FA or user_has_device(user, confirmed=True))


class TwoFactorAuthenticationForm(AdminAuthenticationForm):
    otp_token = forms.CharField(
        label=_("Authentication code"),
        required=False,
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text=_("Only if you have set up two-factor authentication: the six digits from your app."),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "otp_required": _("Enter the authentication code from your app."),
        "otp_missing_device": _(
            "Two-factor authentication is required, and your account has no authenticator app yet. "
            "Ask an administrator to set one up for you."
        ),
        "otp_invalid": _("This authentication code is not valid. Codes change every 30 seconds."),
    }

    def confirm_login_allowed(self, user: Any) -> None:
        super().confirm_login_allowed(user)
        if not needs_second_factor(user):
            return
        devices = list(devices_for_user(user, confirmed=True))
        if not devices:
            raise forms.ValidationError(self.error_messages["otp_missing_device"], code="otp_missing_device")
        token = self.cleaned_data.get("otp_token", "").replace(" ", "")
        if not token:
            raise forms.ValidationError(self.error_messages["otp_required"], code="otp_required")
        # Each device throttles its own failures (TOTP backs off after wrong codes).
        device = next(
            (device for device in devices if device.verify_is_allowed()[0] and device.verify_token(token)), None
        )
        if device is None:
            raise forms.ValidationError(self.error_messages["otp_invalid"], code="otp_invalid")
        # django_otp marks the session as verified on login when the user carries its device.
        user.otp_device = device
