from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from ckm_portal.search.ranking import refresh_weights
from ckm_portal.search.suggestions import refresh_words


class Command(BaseCommand):
    help = (
        'Rebuild the list of frequent title words behind the search page\'s "did you mean" suggestions, '
        "and the word weights its ranking uses (how many public articles hold each word)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--min-titles", type=int, default=2, help="Keep words found in at least this many titles.")

    def handle(self, *args: Any, min_titles: int, **options: Any) -> None:
        count = refresh_words(min_titles=min_titles)
        self.stdout.write(f"{count} search words from the published titles.")
        self.stdout.write(f"{refresh_weights()} word weights from the public articles.")
