"""Admin login hardening: the client address for throttling, and optional two-factor for staff.

Two-factor is per user: a staff member who has a confirmed TOTP device must give a
code from it at every login; one who has none logs in with the password alone,
unless ``ADMIN_REQUIRE_2FA`` (env ``DJANGO_ADMIN_REQUIRE_2FA``) makes it compulsory.
"""

from django import forms
from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.forms import AdminAuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device


def client_ip(request):
    """The address django-axes throttles on.

    Behind our HTTPS proxy every request comes from the proxy itself, so the
    address is the last one the proxy appended to X-Forwarded-For (earlier ones
    are whatever the client chose to send and cannot be trusted).
    """
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")


def needs_second_factor(user):
    return settings.ADMIN_REQUIRE_2FA or user_has_device(user, confirmed=True)


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

    def confirm_login_allowed(self, user):
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


class PortalAdminSite(AdminSite):
    login_form = TwoFactorAuthenticationForm
    login_template = "admin/login_2fa.html"

    def has_permission(self, request):
        # A session that logged in without a code (before the device was added, or
        # before 2FA became compulsory) must log in again.
        return super().has_permission(request) and (request.user.is_verified() or not needs_second_factor(request.user))

    def index(self, request, extra_context=None):
        # The review inbox above the app list (templates/admin/index.html).
        from articles.inbox import review_inbox  # noqa: PLC0415 (loads models)

        return super().index(request, {"review_inbox": review_inbox(request.user), **(extra_context or {})})

    def autocomplete_view(self, request):
        # Topic fields get approved topics grouped by kind; other fields Django's answers.
        from ckm_portal.topics.autocomplete import TopicAutocompleteJsonView  # noqa: PLC0415 (loads models)

        return TopicAutocompleteJsonView.as_view(admin_site=self)(request)
