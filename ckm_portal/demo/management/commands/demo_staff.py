import secrets

from axes.utils import reset
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from ckm_portal.editors.roles import CHIEF_EDITOR, EDITOR, assign

USERNAME = "redactie"
# One account per role, so the review workflow can be tried by hand: write as
# the editor, publish as the chief editor.
ROLE_ACCOUNTS = {"redacteur": EDITOR, "hoofdredacteur": CHIEF_EDITOR}
ADMIN_URL = "http://127.0.0.1:8000/admin/"


def reset_account(username, **flags):
    """Create or update the account with a fresh random password, and return that password."""
    password = secrets.token_urlsafe(12)
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.is_active = user.is_staff = True
    user.is_superuser = flags.get("superuser", False)
    user.set_password(password)
    user.save()
    # A fresh password is no use while django-axes still locks the account out after failed logins.
    reset(username=username)
    return user, password


class Command(BaseCommand):
    help = (
        f"Create or reset the demo superuser '{USERNAME}' and one account per editorial role, "
        "each with a fresh random password, and print them."
    )

    def handle(self, *args, **options):
        _user, password = reset_account(USERNAME, superuser=True)
        self.stdout.write(f"Staff account for {ADMIN_URL}: user {USERNAME}, password {password}")
        for username, role in ROLE_ACCOUNTS.items():
            user, password = reset_account(username)
            assign(user, role)
            self.stdout.write(f"  {role}: user {username}, password {password}")
