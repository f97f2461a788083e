"""Citations: the line per type, RIS and BibTeX read back by rispy and bibtexparser, meta tags and JSON-LD."""

import datetime
import json
import re
from html.parser import HTMLParser

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from articles import citations
from articles.models import Article, ArticleType, Status
from tests.factories import make_attachment, make_published_article

RIS = "application/x-research-info-systems; charset=utf-8"
BIB = "application/x-bibtex; charset=utf-8"

# Every citation field filled, per type.
FULL = {
    ArticleType.CASE_LAW: {
        "court": "Rechtbank Amsterdam",
        "decision_date": datetime.date(2019, 3, 12),
        "ecli": "ECLI:NL:RBAMS:2019:1234",
    },
    ArticleType.RESEARCH: {
        "authors": "A. Mulder, R. Smit",
        "publication_date": datetime.date(2021, 6, 1),
        "publisher": "Fier & CKM",
        "doi": "10.1000/ckm_2021.1",
    },
    ArticleType.BOOK: {
        "authors": "J. de Vries",
        "publication_date": datetime.date(2018, 1, 15),
        "publisher": "Boom",
        "isbn": "9789024400000",
    },
    ArticleType.NEWS: {"source_name": "NOS", "publication_date": datetime.date(2024, 5, 2), "authors": "Redactie"},
    ArticleType.LEGISLATION: {"source_name": "Staatsblad", "publication_date": datetime.date(2022, 7, 1)},
    ArticleType.OPINION: {"source_name": "Trouw", "authors": "K. Meijer"},
    ArticleType.BACKGROUND: {"source_name": "CKM"},
    ArticleType.EVENT: {
        "event_start": timezone.make_aware(datetime.datetime(2026, 9, 3, 10, 0)),
        "event_end": timezone.make_aware(datetime.datetime(2026, 9, 3, 16, 0)),
        "event_place": "Leeuwarden",
    },
}
RIS_TYPES = {"case_law": "CASE", "research": "RPRT", "book": "BOOK", "news": "NEWS", "legislation": "STAT"}
JSON_LD_TYPES = {
    "case_law": "CreativeWork",
    "research": "Report",
    "book": "Book",
    "news": "NewsArticle",
    "legislation": "Legislation",
    "event": "Event",
}


def published(kind, title=None, **fields):
    return make_published_article(
        title or f"Titel {kind} met 50% & $_{{x}}#~^\\", article_type=kind, **{**FULL[kind], **fields}
    )


# The citation line.


def test_case_law_line_names_court_date_and_ecli_in_the_pages_language():
    article = Article(title="Uitspraak", article_type=ArticleType.CASE_LAW, **FULL[ArticleType.CASE_LAW])
    with translation.override("nl"):
        assert citations.citation_line(article) == "Rechtbank Amsterdam 12 maart 2019, ECLI:NL:RBAMS:2019:1234."
    with translation.override("en"):
        assert citations.citation_line(article, "https://x.test/a/") == (
            "Rechtbank Amsterdam 12 March 2019, ECLI:NL:RBAMS:2019:1234. https://x.test/a/"
        )


def test_a_court_or_source_ending_in_a_full_stop_gives_no_stray_comma():
    ruling = Article(article_type=ArticleType.CASE_LAW, court="Hof A.", ecli="ECLI:NL:HR:2015:472")
    assert citations.citation_line(ruling) == "Hof A, ECLI:NL:HR:2015:472."
    day = datetime.date(2024, 5, 2)
    news = Article(title="Zaak", article_type=ArticleType.NEWS, source_name="Trouw Inc.", publication_date=day)
    with translation.override("nl"):
        assert citations.citation_line(news) == "Zaak. Trouw Inc, 2 mei 2024."


def test_research_and_book_lines():
    research = Article(title="Slachtoffers", article_type=ArticleType.RESEARCH, **FULL[ArticleType.RESEARCH])
    assert citations.citation_line(research) == (
        "A. Mulder; R. Smit (2021). Slachtoffers. Fier & CKM. https://doi.org/10.1000/ckm_2021.1."
    )
    book = Article(title="Waarom?", article_type=ArticleType.BOOK, **FULL[ArticleType.BOOK])
    assert citations.citation_line(book) == "J. de Vries (2018). Waarom? Boom. ISBN 9789024400000."


def test_news_line_has_source_and_date():
    news = Article(
        title="Zaak", article_type=ArticleType.NEWS, source_name="NOS", publication_date=datetime.date(2024, 5, 2)
    )
    with translation.override("nl"):
        assert citations.citation_line(news) == "Zaak. NOS, 2 mei 2024."


# Empty, blank, or words that may end in their own full stop or question mark ("Inc.", "Waarom?").
WORDS = st.from_regex(r"[A-Za-z][A-Za-z ]{0,6}[A-Za-z.?]?", fullmatch=True)
TEXT = st.one_of(st.just(""), st.just("  "), WORDS)
DATES = st.one_of(st.none(), st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 1, 1)))
FREE_TEXT_FIELDS = ("title", "authors", "court", "source_name", "publisher", "event_place")


@given(
    article=st.builds(
        Article,
        article_type=st.sampled_from(ArticleType.values),
        ecli=st.sampled_from(["", "ECLI:NL:HR:2015:472"]),
        doi=st.sampled_from(["", "10.1/x"]),
        isbn=st.sampled_from(["", "978"]),
        decision_date=DATES,
        publication_date=DATES,
        **dict.fromkeys(FREE_TEXT_FIELDS, TEXT),
    )
)
def test_no_stray_punctuation_whatever_is_empty(article):
    line = citations.citation_line(article)
    assert line == line.strip()
    assert "  " not in line
    assert not re.search(r"(^|[ ,.])[.,]|\(\)| ,|,\.|\.\.", line.replace("...", "")), line
    filled = [name for name in (*FREE_TEXT_FIELDS, "ecli", "doi", "isbn") if getattr(article, name).strip()]
    if not filled and article.decision_date is None and article.publication_date is None:
        assert line == ""


# RIS and BibTeX.


def read_bib(text):
    return bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ArticleType.values)
def test_single_ris_round_trips_every_field(client, voodoo, kind):
    article = published(kind, topics=[voodoo], summary="Kort & goed.")
    response = client.get(reverse("articles:cite_ris", args=[article.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == RIS
    assert response["Content-Disposition"] == f'attachment; filename="{article.slug}.ris"'
    (entry,) = rispy.loads(response.text)
    assert entry["type_of_reference"] == RIS_TYPES.get(kind, entry["type_of_reference"])
    assert entry["id"] == f"ckm{article.pk}"
    assert entry["title"] == article.title
    assert entry["abstract"] == "Kort & goed."
    assert entry["language"] == "nl"
    assert entry["keywords"] == ["Voodoo"]
    assert entry["urls"] == [f"http://testserver{article.get_absolute_url()}"]
    fields = FULL[kind]
    assert entry.get("authors", []) == citations.split_authors(fields.get("authors", ""))
    expected = {
        "publisher": fields.get("court") or fields.get("publisher"),
        "note": fields.get("ecli"),
        "doi": fields.get("doi"),
        "issn": fields.get("isbn"),
        "place_published": fields.get("event_place"),
    }
    assert {key: entry.get(key) for key in expected} == expected
    day = fields.get("decision_date") or fields.get("publication_date") or timezone.localdate(article.published_at)
    assert (entry["year"], entry["date"]) == (str(day.year), day.strftime("%Y/%m/%d"))


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ArticleType.values)
def test_single_bibtex_round_trips_every_field_with_special_characters(client, voodoo, kind):
    article = published(kind, topics=[voodoo], summary="50% {kort}")
    response = client.get(reverse("articles:cite_bib", args=[article.slug]))
    assert response["Content-Type"] == BIB
    assert response["Content-Disposition"] == f'attachment; filename="{article.slug}.bib"'
    library = read_bib(response.text)
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.key == f"ckm{article.pk}"
    assert entry.entry_type == {"research": "techreport", "book": "book", "news": "article"}.get(kind, "misc")
    values = {field.key: field.value for field in entry.fields}
    # Every special character comes back as typed (pylatexenc reads \textasciicircum as U+02C6).
    assert values["title"].replace("\u02c6", "^") == article.title
    assert values["abstract"] == "50% {kort}"
    assert values["keywords"] == "Voodoo"
    assert values["language"] == "nl"
    fields = FULL[kind]
    raw = {field.key: field.value for field in bibtexparser.parse_string(response.text).entries[0].fields}
    assert raw["url"] == f"http://testserver{article.get_absolute_url()}"
    assert raw.get("doi") == fields.get("doi")
    expected = {
        "author": " and ".join(citations.split_authors(fields.get("authors", ""))) or None,
        "organization": fields.get("court"),
        "number": fields.get("ecli"),
        "isbn": fields.get("isbn"),
        "address": fields.get("event_place"),
        "institution" if kind == "research" else "publisher": fields.get("publisher"),
        "journal" if kind == "news" else "howpublished": fields.get("source_name"),
    }
    assert {key: values.get(key) for key in expected} == expected


@pytest.mark.django_db
def test_cite_of_a_draft_is_not_found(client):
    article = make_published_article(status=Status.DRAFT, published_at=None)
    assert client.get(reverse("articles:cite_ris", args=[article.slug])).status_code == 404


@pytest.mark.django_db
def test_list_export_holds_exactly_the_filtered_page(client, voodoo, django_assert_max_num_queries):
    tagged = [make_published_article(f"Voodoo {n}", topics=[voodoo], days_ago=n + 1) for n in range(25)]
    make_published_article("Ander onderwerp")
    page = client.get(reverse("articles:list"), {"topic": "voodoo", "page": 2})
    shown = [article.title for article in page.context["page_obj"].object_list]
    assert shown == [article.title for article in tagged[20:]]
    assert "/artikelen/export.ris?topic=voodoo&amp;page=2" in page.text
    with django_assert_max_num_queries(6):
        ris = client.get(reverse("articles:export_ris"), {"topic": "voodoo", "page": 2})
    assert ris["Content-Type"] == RIS
    assert ris["Content-Disposition"] == 'attachment; filename="ckm-artikelen-2.ris"'
    assert [entry["title"] for entry in rispy.loads(ris.text)] == shown
    with django_assert_max_num_queries(6):
        bib = client.get(reverse("articles:export_bib"), {"topic": "voodoo", "page": 2})
    entries = read_bib(bib.text).entries
    assert [entry["title"] for entry in entries] == shown
    assert len({entry.key for entry in entries}) == len(shown)  # unique keys


@pytest.mark.django_db
def test_search_export_holds_exactly_the_search_page(client, voodoo, django_assert_max_num_queries):
    for n in range(23):
        make_published_article(f"Juju-eed {n}", summary="juju", days_ago=n + 1)
    make_published_article("Iets anders", summary="niets")
    params = {"q": "juju", "order": "date", "page": 2}
    page = client.get(reverse("search:results"), params)
    shown = [article.title for article in page.context["results"].page_obj.object_list]
    assert len(shown) == 3
    with django_assert_max_num_queries(12):
        response = client.get(reverse("search:export_ris"), params)
    assert response["Content-Disposition"] == 'attachment; filename="ckm-zoeken-2.ris"'
    assert [entry["title"] for entry in rispy.loads(response.text)] == shown
    bib = client.get(reverse("search:export_bib"), params)
    assert [entry["title"] for entry in read_bib(bib.text).entries] == shown


@pytest.mark.django_db
def test_search_export_without_a_query_goes_to_the_list_export(client):
    response = client.get(reverse("search:export_bib"), {"q": " ", "type": "news"})
    assert response.status_code == 302
    assert response["Location"] == "/artikelen/export.bib?type=news"


# The page's head: meta tags and JSON-LD.


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.json_ld, self.links, self._in_ld = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "name" in attrs:
            self.meta.append((attrs["name"], attrs["content"]))
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True
            self.json_ld.append("")
        if tag == "a":
            self.links.append(attrs)

    def handle_endtag(self, tag):
        self._in_ld = False if tag == "script" else self._in_ld

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld[-1] += data


def parse_page(client, article):
    head = Head()
    head.feed(client.get(article.get_absolute_url()).text)
    return head


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ArticleType.values)
def test_meta_tags_and_json_ld_per_type(client, kind):
    article = published(kind)
    head = parse_page(client, article)
    meta = head.meta
    url = f"http://testserver{article.get_absolute_url()}"
    assert ("citation_title", article.title) in meta and ("DC.title", article.title) in meta
    assert ("citation_language", "nl") in meta and ("DC.language", "nl") in meta
    fields = FULL[kind]
    for name in citations.split_authors(fields.get("authors", "")):
        assert ("citation_author", name) in meta and ("DC.creator", name) in meta
    for name, key in [("citation_doi", "doi"), ("citation_isbn", "isbn")]:
        assert [value for tag, value in meta if tag == name] == ([fields[key]] if key in fields else [])
    if "ecli" in fields:
        assert ("DC.identifier", fields["ecli"]) in meta and ("citation_publisher", fields["court"]) in meta
        assert ("citation_publication_date", "2019/03/12") in meta
    (block,) = head.json_ld
    data = json.loads(block)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == JSON_LD_TYPES.get(kind, data["@type"])
    assert (data["name"], data["url"], data["inLanguage"]) == (article.title, url, "nl")
    if kind == "case_law":
        assert data["identifier"]["value"] == fields["ecli"]
    if kind == "book":
        assert data["isbn"] == fields["isbn"]
    if kind == "event":
        assert data["startDate"] == fields["event_start"].isoformat()
        assert data["endDate"] == fields["event_end"].isoformat()
        assert data["location"]["name"] == "Leeuwarden"


@pytest.mark.django_db
def test_json_ld_cannot_close_its_script(client):
    article = published(ArticleType.NEWS, title="</script><script>alert(1)</script>")
    text = client.get(article.get_absolute_url()).text
    assert "<script>alert(1)" not in text
    head = Head()
    head.feed(text)
    assert json.loads(head.json_ld[0])["name"] == article.title


@pytest.mark.django_db
def test_pdf_url_for_attachments_of_a_public_article(client):
    article = published(ArticleType.RESEARCH)
    attachment = make_attachment(article)
    assert ("citation_pdf_url", f"http://testserver{attachment.get_absolute_url()}") in parse_page(client, article).meta


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("ecli", "url"),
    [
        ("ECLI:NL:RBAMS:2019:1234", "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBAMS:2019:1234"),
        ("ECLI:EU:C:2016:1", "https://e-justice.europa.eu/ecli/ECLI:EU:C:2016:1"),
    ],
)
def test_ecli_links_to_the_ruling(client, ecli, url):
    article = published(ArticleType.CASE_LAW, ecli=ecli)
    (link,) = [a for a in parse_page(client, article).links if a.get("href") == url]
    assert link["rel"] == "noopener noreferrer"


@pytest.mark.django_db
def test_detail_page_links_the_downloads(client):
    article = published(ArticleType.BOOK)
    text = client.get(article.get_absolute_url()).text
    assert f'href="/artikelen/{article.slug}/cite.ris"' in text
    assert f'href="/artikelen/{article.slug}/cite.bib"' in text
