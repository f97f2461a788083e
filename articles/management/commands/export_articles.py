import sys

from django.core.management.base import BaseCommand, CommandError

from articles.transfer import TransferError, articles_for_export, format_of, write_articles


class Command(BaseCommand):
    help = "Export every article as CSV or JSON, in the format import_articles reads."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="where to write; - (the default) is standard output")
        parser.add_argument("--format", choices=["csv", "json"], help="default: from the file name, else csv")

    def handle(self, *args, file, format=None, **options):
        to_stdout = file == "-"
        try:
            fmt = format_of(file, format or ("csv" if to_stdout else None))
        except TransferError as error:
            raise CommandError(str(error)) from None
        articles = articles_for_export()
        if to_stdout:
            write_articles(articles, self.stdout, fmt)
            return
        try:
            with open(file, "w", encoding="utf-8", newline="") as stream:
                count = write_articles(articles, stream, fmt)
        except OSError as error:
            raise CommandError(f"Cannot write {file}: {error.strerror or error}") from None
        sys.stderr.write(f"{count} articles written to {file}\n")
