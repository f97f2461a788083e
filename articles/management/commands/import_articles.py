from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.services import SYSTEM
from articles.transfer import FORMATS, TransferError, format_of, import_articles, read_lines, read_rows


class Command(BaseCommand):
    help = (
        "Import articles from a CSV, JSON or JSON Lines file (as export_articles writes them, or the Wagtail peer's "
        "corpus). Rows update the article with the same source URL, else the same slug, or create one. Bad rows are "
        "reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv, .json or .jsonl file")
        parser.add_argument("--format", choices=FORMATS, help="instead of guessing from the file name")
        parser.add_argument("--dry-run", action="store_true", help="check and report, save nothing")
        parser.add_argument(
            "--create-topics",
            action="store_true",
            help="create each unknown topic as a keyword awaiting a chief editor's approval (without it, a row with "
            "an unknown topic is reported and not imported)",
        )
        parser.add_argument(
            "--user",
            help="username to import as: the publication rule is that user's (without it: the system, which may "
            "publish)",
        )

    def handle(self, *args, file, format=None, dry_run=False, user=None, create_topics=False, **options):
        acting = self.acting_user(user)
        try:
            fmt = format_of(file, format)
            if fmt == "jsonl":
                # Read line by line as the import goes: a corpus of 100,000 articles need not fit in memory twice.
                with Path(file).open(encoding="utf-8-sig") as lines:
                    report = import_articles(
                        read_lines(lines), user=acting, dry_run=dry_run, create_topics=create_topics
                    )
            else:
                rows = read_rows(Path(file).read_text(encoding="utf-8-sig"), fmt)
                report = import_articles(rows, user=acting, dry_run=dry_run, create_topics=create_topics)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}") from None
        except (TransferError, UnicodeDecodeError) as error:
            raise CommandError(f"{file}: {error}") from None

        for row_error in report.errors:
            self.stderr.write(str(row_error))
        summary = (
            f"{report.rows} rows: {report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.failed_rows} failed"
        )
        if dry_run:
            summary += " (dry run: nothing was saved)"
        self.stdout.write(summary)
        if report.errors:
            raise CommandError(f"{report.failed_rows} rows were not imported; the others were.", returncode=1)

    def acting_user(self, username):
        if not username:
            return SYSTEM
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {username!r}.")
        return user
