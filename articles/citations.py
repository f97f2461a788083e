"""How an article is cited: the citation line, RIS and BibTeX records, Highwire and Dublin Core meta, JSON-LD.

Pure functions over an ``Article`` (and absolute URLs the caller builds): no queries beyond what the
caller loaded. Dates are written in the active language (``django.utils.dateformat``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from django.utils import dateformat, timezone
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article, ArticleType

RECHTSPRAAK_URL = "https://uitspraken.rechtspraak.nl/details?id={ecli}"
# The ECLI search engine of the European e-Justice portal takes an ECLI as the last path segment.
EU_ECLI_URL = "https://e-justice.europa.eu/ecli/{ecli}"
DOI_URL = "https://doi.org/{doi}"
SITE_NAME = "CKM"

RIS_TYPES: dict[str, str] = {
    ArticleType.CASE_LAW: "CASE",
    ArticleType.RESEARCH: "RPRT",
    ArticleType.BOOK: "BOOK",
    ArticleType.NEWS: "NEWS",
    ArticleType.LEGISLATION: "STAT",
    ArticleType.BACKGROUND: "ELEC",
    ArticleType.OPINION: "ELEC",
    ArticleType.EVENT: "GEN",
}
BIBTEX_TYPES: dict[str, str] = {
    ArticleType.RESEARCH: "techreport",
    ArticleType.BOOK: "book",
}
JSON_LD_TYPES: dict[str, str] = {
    # schema.org has no type for a ruling: a CreativeWork identified by its ECLI.
    ArticleType.CASE_LAW: "CreativeWork",
    ArticleType.LEGISLATION: "Legislation",
    ArticleType.RESEARCH: "Report",
    ArticleType.BOOK: "Book",
    ArticleType.NEWS: "NewsArticle",
    ArticleType.BACKGROUND: "Article",
    ArticleType.OPINION: "OpinionNewsArticle",
    ArticleType.EVENT: "Event",
}


def ecli_url(ecli: str) -> str:
    """Where a ruling can be read: rechtspraak.nl for a Dutch ECLI, the EU's ECLI search for any other."""
    if not ecli:
        return ""
    template = RECHTSPRAAK_URL if ecli.startswith("ECLI:NL:") else EU_ECLI_URL
    return template.format(ecli=ecli)


def doi_url(doi: str) -> str:
    return DOI_URL.format(doi=doi) if doi else ""


def split_authors(authors: str) -> list[str]:
    """The authors field as a list: separated by semicolons when there are any, otherwise by commas.

    Names written "Surname, Initials" must therefore be separated by semicolons.
    """
    separator = ";" if ";" in authors else ","
    return [name.strip() for name in authors.split(separator) if name.strip()]


def long_date(value: date | datetime | None) -> str:
    """ "12 maart 2019" or "12 March 2019", in the active language."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return dateformat.format(value, "j F Y")


def source_date(article: Article) -> date | None:
    """The date the work itself carries: the decision for case law, else the source's, else the portal's."""
    if article.article_type == ArticleType.CASE_LAW and article.decision_date:
        return article.decision_date
    if article.publication_date:
        return article.publication_date
    if article.published_at:
        return timezone.localtime(article.published_at).date()
    return None


def _clean(text: str) -> str:
    return " ".join(text.split())


def sentences(parts: Iterable[str]) -> str:
    """Non-empty parts as sentences: each ends with one full stop (or its own ? or !), never two."""
    out = []
    for raw in parts:
        part = _clean(raw).rstrip(". ")
        if part:
            out.append(part if part[-1] in "?!" else f"{part}.")
    return " ".join(out)


def joined(separator: str, *parts: str) -> str:
    present = [part for part in (_clean(p) for p in parts) if part]
    if separator.startswith((",", ";")):
        # "Rb. A." then ", ECLI:...": the comma takes the place of the part's closing full stop.
        present = [stripped for part in present[:-1] if (stripped := part.rstrip("."))] + present[-1:]
    return separator.join(present)


def citation_line(article: Article, url: str = "") -> str:
    """The citation a reader copies: its form follows the type; empty fields leave no trace."""
    kind = article.article_type
    title = article.title
    if kind == ArticleType.CASE_LAW:
        ruling = joined(", ", joined(" ", article.court, long_date(article.decision_date)), article.ecli)
        parts = [ruling] if article.ecli else [ruling, title]
    elif kind in (ArticleType.RESEARCH, ArticleType.BOOK):
        year = article.publication_date.year if article.publication_date else None
        head = joined(" ", "; ".join(split_authors(article.authors)), f"({year})" if year else "")
        identifiers = [f"ISBN {article.isbn}" if article.isbn else "", doi_url(article.doi)]
        if kind == ArticleType.RESEARCH:
            identifiers.reverse()
        parts = [head, title, article.publisher, next((i for i in identifiers if i), "")]
    elif kind == ArticleType.EVENT:
        when = article.event_start or article.publication_date
        parts = [title, joined(", ", article.event_place, long_date(when))]
    else:
        when = article.publication_date or article.published_at
        parts = [article.authors, title, joined(", ", article.source_name, long_date(when))]
    return joined(" ", sentences(parts), url)


# RIS (the format of reference managers: "TY  - ", one tag a line, "ER  - " at the end).


def ris_fields(article: Article, url: str = "", keywords: Sequence[str] = ()) -> list[tuple[str, str]]:
    kind = article.article_type
    day = source_date(article)
    fields: list[tuple[str, str]] = [("TY", RIS_TYPES.get(kind, "GEN")), ("ID", bibtex_key(article))]
    fields.append(("TI", article.title))
    fields += [("AU", name) for name in split_authors(article.authors)]
    if day:
        fields += [("PY", str(day.year)), ("DA", day.strftime("%Y/%m/%d"))]
    # Reference managers read the court of a case as its publisher (Zotero's RIS "court").
    publisher = article.court if kind == ArticleType.CASE_LAW else article.publisher
    optional = [
        ("PB", publisher),
        ("M1", article.ecli),
        ("T2", article.source_name if kind not in (ArticleType.RESEARCH, ArticleType.BOOK) else ""),
        ("DO", article.doi),
        ("SN", article.isbn),
        ("CY", article.event_place),
        ("LA", article.language),
        ("AB", article.summary),
        ("UR", url),
    ]
    fields += [(tag, _clean(value)) for tag, value in optional if value and _clean(value)]
    fields += [("KW", keyword) for keyword in keywords]
    fields.append(("DB", SITE_NAME))
    return fields


def to_ris(records: Iterable[list[tuple[str, str]]]) -> str:
    lines = []
    for record in records:
        lines += [f"{tag}  - {value}" for tag, value in record]
        lines += ["ER  - ", ""]
    return "\r\n".join(lines)


# BibTeX.

BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
BIBTEX_SPECIAL = re.compile("|".join(re.escape(char) for char in BIBTEX_SPECIALS))


def bibtex_escape(text: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda match: BIBTEX_SPECIALS[match.group()], _clean(text))


def bibtex_key(article: Article) -> str:
    """Unique and stable: the primary key never changes, a slug or title may."""
    return f"ckm{article.pk}"


def bibtex_type(article: Article) -> str:
    if article.article_type == ArticleType.NEWS and article.source_name:
        return "article"
    return BIBTEX_TYPES.get(article.article_type, "misc")


def bibtex_fields(article: Article, url: str = "", keywords: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(name, value) pairs; values are BibTeX-escaped except url and doi, which BibTeX styles read verbatim."""
    kind = bibtex_type(article)
    day = source_date(article)
    escaped = [
        ("title", article.title),
        ("author", " and ".join(split_authors(article.authors))),
        ("year", str(day.year) if day else ""),
        ("month", str(day.month) if day else ""),
        ("date", day.isoformat() if day else ""),
        ("journal" if kind == "article" else "howpublished", article.source_name),
        ("institution" if kind == "techreport" else "publisher", article.publisher),
        ("organization", article.court),
        ("number", article.ecli),
        ("isbn", article.isbn),
        ("address", article.event_place),
        ("language", article.language),
        ("abstract", article.summary),
        ("keywords", ", ".join(keywords)),
    ]
    fields = [(name, bibtex_escape(value)) for name, value in escaped if _clean(value)]
    # Verbatim fields: a brace would end the value early, so none may slip in.
    verbatim = [("doi", article.doi), ("url", url)]
    fields += [(name, value.replace("{", "%7B").replace("}", "%7D")) for name, value in verbatim if value]
    return fields


def to_bibtex(entries: Iterable[tuple[str, str, list[tuple[str, str]]]]) -> str:
    """Entries of (type, key, fields)."""
    out = []
    for kind, key, fields in entries:
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        out.append(f"@{kind}{{{key},\n{body}\n}}\n")
    return "\n".join(out)


def bibtex_entry(
    article: Article, url: str = "", keywords: Sequence[str] = ()
) -> tuple[str, str, list[tuple[str, str]]]:
    return bibtex_type(article), bibtex_key(article), bibtex_fields(article, url, keywords)


# Meta tags for Zotero and Google Scholar (Highwire Press), and Dublin Core.


def meta_tags(article: Article, url: str = "", pdf_urls: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(name, content) pairs for ``<meta>`` in the page's head."""
    day = source_date(article)
    authors = split_authors(article.authors)
    publisher = article.court if article.article_type == ArticleType.CASE_LAW else article.publisher
    tags: list[tuple[str, str]] = [("citation_title", article.title)]
    tags += [("citation_author", name) for name in authors]
    if day:
        tags.append(("citation_publication_date", day.strftime("%Y/%m/%d")))
    tags += [
        ("citation_publisher", publisher),
        ("citation_technical_report_institution", article.publisher if article.article_type == "research" else ""),
        ("citation_doi", article.doi),
        ("citation_isbn", article.isbn),
        ("citation_language", article.language),
        ("citation_abstract_html_url", url),
    ]
    tags += [("citation_pdf_url", pdf) for pdf in pdf_urls]
    tags.append(("DC.title", article.title))
    tags += [("DC.creator", name) for name in authors]
    tags += [
        ("DC.date", day.isoformat() if day else ""),
        ("DC.publisher", publisher),
        ("DC.language", article.language),
        ("DC.type", "Event" if article.article_type == ArticleType.EVENT else "Text"),
    ]
    identifiers = [
        article.ecli,
        f"doi:{article.doi}" if article.doi else "",
        f"ISBN:{article.isbn}" if article.isbn else "",
    ]
    tags += [("DC.identifier", identifier) for identifier in [*identifiers, url] if identifier]
    return [(name, _clean(content)) for name, content in tags if content and _clean(content)]


# schema.org JSON-LD.


def json_ld(article: Article, url: str = "", keywords: Sequence[str] = ()) -> dict[str, Any]:
    """schema.org data for the page: the type follows the article's type."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": JSON_LD_TYPES.get(article.article_type, "CreativeWork"),
        "name": article.title,
        "inLanguage": article.language,
    }
    optional = {"url": url, "description": article.summary, "keywords": ", ".join(keywords)}
    data.update({key: value for key, value in optional.items() if value})
    if article.article_type == ArticleType.EVENT:
        data.update(_event_ld(article))
    else:
        data.update(_work_ld(article))
    return data


def _event_ld(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if article.event_start:
        data["startDate"] = timezone.localtime(article.event_start).isoformat()
    if article.event_end:
        data["endDate"] = timezone.localtime(article.event_end).isoformat()
    if article.event_place:
        data["location"] = {"@type": "Place", "name": article.event_place}
    return data


def _work_ld(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {}
    day = source_date(article)
    if authors := split_authors(article.authors):
        data["author"] = [{"@type": "Person", "name": name} for name in authors]
    if day:
        data["datePublished"] = day.isoformat()
    if article.ecli:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "ECLI", "value": article.ecli}
        data["sameAs"] = ecli_url(article.ecli)
    if article.court:
        data["creator"] = {"@type": "GovernmentOrganization", "name": article.court}
    publisher = article.publisher or (article.source_name if article.article_type != ArticleType.CASE_LAW else "")
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    if article.isbn:
        data["isbn"] = article.isbn
    if article.doi:
        data["sameAs"] = doi_url(article.doi)
    return data


# The characters that could end the <script> element or open a comment inside it, as JSON escapes.
SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` data block: never executed, and no text can close it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_SAFE)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)
