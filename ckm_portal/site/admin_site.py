"""The admin site: two-factor login (core.security) and the review inbox on its index.

It sits in the site layer because its index shows the articles' review inbox.
"""

from django.contrib.admin import AdminSite

from ckm_portal.core.security import TwoFactorAuthenticationForm, needs_second_factor


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
