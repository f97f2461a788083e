"""The numbers professionals quote: a ruling's ECLI (or its court and year), a publication's DOI or ISBN.

``recognize`` finds them in what someone typed; each one's ``condition()`` is the
Q that finds the articles carrying it. The conditions compare the indexed
expressions below (``INDEXES``, in ``Article.Meta.indexes``) and nothing else,
so a lookup is an index probe that PostgreSQL can OR with the full-text match.
Each index leaves out the rows without the number (most articles), and each
condition repeats that rule so the planner may use the partial index
(see docs/decisions/0013-identifier-indexes.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.contrib.postgres.indexes import OpClass
from django.db.models import CharField, F, Func, Index, Q, Value
from django.db.models.functions import Lower, Upper
from django.db.models.lookups import Exact, In, StartsWith

# Strings the recognisers look at, at most: longer tokens are no number.
MAX_TOKEN = 120
MAX_IDENTIFIERS = 5


def _ecli_part(position: int) -> Func:
    """One colon-separated part of the upper-cased ECLI: 2 country, 3 court, 4 year, 5 number."""
    return Func(Upper("ecli"), Value(":"), Value(position), function="split_part", output_field=CharField())


ECLI_COUNTRY, ECLI_COURT, ECLI_YEAR, ECLI_NUMBER = (_ecli_part(position) for position in (2, 3, 4, 5))
# A DOI is case-insensitive and may be stored as a link or with "doi:" in front.
DOI_KEY = Lower(
    Func(F("doi"), Value(r"^\s*(https?://(dx\.)?doi\.org/|doi:)\s*"), Value(""), Value("i"), function="regexp_replace")
)
# An ISBN compared by its digits (and check letter) only, whatever its hyphens or spaces.
ISBN_KEY = Upper(Func(F("isbn"), Value("[^0-9Xx]"), Value(""), Value("g"), function="regexp_replace"))
COURT_KEY = Lower("court")

INDEXES = [
    # Year first: "2021:1489" (year and number) and "HR 2021" (court code and year) both start with it.
    Index(ECLI_YEAR, ECLI_NUMBER, ECLI_COURT, name="article_ecli_parts", condition=~Q(ecli="")),
    Index(DOI_KEY, name="article_doi_key", condition=~Q(doi="")),
    Index(ISBN_KEY, name="article_isbn_key", condition=~Q(isbn="")),
    # Court names are matched by their start ("hoge raad" finds "Hoge Raad (Supreme Court ...)"): a LIKE prefix.
    Index(
        OpClass(COURT_KEY, name="text_pattern_ops"),
        F("decision_date"),
        name="article_court_decided",
        condition=~Q(court=""),
    ),
]


@dataclass(frozen=True)
class Ecli:
    """A whole ECLI (with its country) or its last parts: court, year and number, or year and number."""

    year: str
    number: str
    court: str = ""
    country: str = ""

    @property
    def is_full(self) -> bool:
        return bool(self.country)

    def condition(self) -> Q:
        condition = ~Q(ecli="") & Q(Exact(ECLI_YEAR, self.year)) & Q(Exact(ECLI_NUMBER, self.number))
        if self.court:
            condition &= Q(Exact(ECLI_COURT, self.court))
        if self.country:
            condition &= Q(Exact(ECLI_COUNTRY, self.country))
        return condition


@dataclass(frozen=True)
class Doi:
    key: str  # lower case, without "doi:" or the resolver's address

    def condition(self) -> Q:
        return ~Q(doi="") & Q(Exact(DOI_KEY, self.key))


@dataclass(frozen=True)
class Isbn:
    forms: tuple[str, ...]  # the digits as written, and the same book's number in the other length

    def condition(self) -> Q:
        return ~Q(isbn="") & Q(In(ISBN_KEY, list(self.forms)))


@dataclass(frozen=True)
class CourtYear:
    """Rulings of one court in one year: by the start of the court's name, or by its ECLI court code."""

    names: tuple[str, ...]
    year: int
    code: str = ""

    def condition(self) -> Q:
        decided = Q(decision_date__gte=date(self.year, 1, 1), decision_date__lt=date(self.year + 1, 1, 1))
        by_name = [~Q(court="") & Q(StartsWith(COURT_KEY, name)) & decided for name in self.names]
        condition = by_name[0]
        for other in by_name[1:]:
            condition |= other
        if self.code:
            condition |= ~Q(ecli="") & Q(Exact(ECLI_YEAR, str(self.year))) & Q(Exact(ECLI_COURT, self.code))
        return condition


Identifier = Ecli | Doi | Isbn | CourtYear

ECLI = re.compile(r"(?:(?:ECLI:)?([A-Z]{2}):)?([A-Z][A-Z0-9]{0,6}):(\d{4}):([A-Z0-9.]*[0-9][A-Z0-9.]*)", re.IGNORECASE)
ECLI_YEAR_NUMBER = re.compile(r"(\d{4}):([A-Z0-9.]*[0-9][A-Z0-9.]*)", re.IGNORECASE)
DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:)?(10\.\d{4,9}/\S+)", re.IGNORECASE)
ISBN = re.compile(r"(?:ISBN(?:-?1[03])?:?\s*)?([0-9][0-9\- ]{8,20}[0-9X])", re.IGNORECASE)
# Court and year as lawyers write them: "Hoge Raad 2021", "Rb. Amsterdam 2015", "HR 2021".
COURT_YEAR = re.compile(r"([^\W\d_](?:[^\W\d_]|['.\- ]){0,60}?)[\s,]+(\d{4})", re.IGNORECASE)
COURT_CODE = re.compile(r"[A-Z]{2,7}", re.IGNORECASE)
# Abbreviations of a court's first word, as they are cited.
COURT_ABBREVIATIONS = {"rb": "rechtbank", "hof": "gerechtshof", "hr": "hoge raad", "abrvs": "raad van state"}
# Punctuation that ends a sentence or a citation, not a number.
TRAILING = ".,;:)]}'\""
LEADING = "([{'\""


def recognize(text: str) -> list[Identifier]:
    """The identifiers in ``text``: the whole text as one (court and year, an ISBN with spaces), then each word."""
    found: list[Identifier] = []
    whole = text.strip()
    for candidate in (court_year(whole), isbn(whole)):
        if candidate is not None:
            found.append(candidate)
    for word in whole.split():
        token = word.strip(LEADING).rstrip(TRAILING)
        if len(token) > MAX_TOKEN:
            continue
        for recognizer in (ecli, doi, isbn):
            identifier = recognizer(token)
            if identifier is not None and identifier not in found:
                found.append(identifier)
    return found[:MAX_IDENTIFIERS]


def ecli(text: str) -> Ecli | None:
    if match := ECLI.fullmatch(text):
        country, court, year, number = (part.upper() if part else "" for part in match.groups())
        return Ecli(year=year, number=number, court=court, country=country)
    if match := ECLI_YEAR_NUMBER.fullmatch(text):
        return Ecli(year=match.group(1), number=match.group(2).upper())
    return None


def whole_ecli(text: str) -> Ecli | None:
    """The ECLI, country and all, that ``text`` is (nothing else around it); None otherwise."""
    found = ecli(text.strip().strip(LEADING).rstrip(TRAILING))
    return found if found is not None and found.is_full else None


def doi(text: str) -> Doi | None:
    match = DOI.fullmatch(text)
    return Doi(match.group(1).lower()) if match else None


def isbn(text: str) -> Isbn | None:
    match = ISBN.fullmatch(text)
    if not match:
        return None
    digits = re.sub(r"[^0-9X]", "", match.group(1).upper())
    if len(digits) == 10 and _isbn10_valid(digits):
        return Isbn((digits, _isbn13(digits)))
    if len(digits) == 13 and digits.isdigit() and _isbn13_check(digits[:12]) == digits[12]:
        # Only 978 numbers have an ISBN-10 twin.
        return Isbn((digits, _isbn10(digits)) if digits.startswith("978") else (digits,))
    return None


def court_year(text: str) -> CourtYear | None:
    match = COURT_YEAR.fullmatch(text)
    if not match or not 1800 <= int(match.group(2)) <= 2200:
        return None
    typed, year = match.group(1), int(match.group(2))
    words = re.sub(r"[.,]", " ", typed.lower()).split()
    names = [" ".join(words)]
    if words[0] in COURT_ABBREVIATIONS:
        names.append(" ".join([COURT_ABBREVIATIONS[words[0]], *words[1:]]))
    code = typed.upper() if COURT_CODE.fullmatch(typed) else ""
    return CourtYear(names=tuple(dict.fromkeys(names)), year=year, code=code)


def _isbn10_valid(digits: str) -> bool:
    if not digits[:9].isdigit() or not (digits[9].isdigit() or digits[9] == "X"):
        return False
    total = sum((10 - position) * (10 if char == "X" else int(char)) for position, char in enumerate(digits))
    return total % 11 == 0


def _isbn13_check(first12: str) -> str:
    total = sum(int(char) * (3 if position % 2 else 1) for position, char in enumerate(first12))
    return str((10 - total % 10) % 10)


def _isbn13(isbn10: str) -> str:
    first12 = "978" + isbn10[:9]
    return first12 + _isbn13_check(first12)


def _isbn10(isbn13: str) -> str:
    first9 = isbn13[3:12]
    check = (11 - sum((10 - position) * int(char) for position, char in enumerate(first9)) % 11) % 11
    return first9 + ("X" if check == 10 else str(check))
