import secrets

from axes.utils import reset
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "redactie"
ADMIN_URL = "http://127.0.0.1:8000/admin/"


class Command(BaseCommand):
    help = f"Create or reset the demo superuser '{USERNAME}' with a fresh random password, and print it."

    def handle(self, *args, **options):
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=USERNAME)
        user.is_active = user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        # A fresh password is no use while django-axes still locks the account out after failed logins.
        reset(username=USERNAME)
        self.stdout.write(f"Staff account for {ADMIN_URL}: user {USERNAME}, password {password}")
