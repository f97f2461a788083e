from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ckm_portal.contact.models import ContactMessage


class Command(BaseCommand):
    help = (
        "Delete contact form messages older than the retention period "
        "(settings.CONTACT_RETENTION_DAYS, env DJANGO_CONTACT_RETENTION_DAYS, default 90 days). Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="keep this many days instead of the configured period")

    def handle(self, *args, days=None, **options):
        days = settings.CONTACT_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("The retention period cannot be negative.")
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _by_model = ContactMessage.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} contact message(s) received before {cutoff:%Y-%m-%d %H:%M}.")
