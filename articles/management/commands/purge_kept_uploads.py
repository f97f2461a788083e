from django.core.management.base import BaseCommand

from articles.uploads import KEPT_UPLOAD_SECONDS, purge_kept_uploads


class Command(BaseCommand):
    help = (
        "Delete the PDFs kept for article forms that came back with errors, "
        f"once older than {KEPT_UPLOAD_SECONDS // 3600} hours."
    )

    def handle(self, *args, **options):
        deleted = purge_kept_uploads()
        self.stdout.write(f"{deleted} kept uploads deleted.")
