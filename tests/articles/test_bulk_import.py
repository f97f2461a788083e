"""The import writes in batches: the same rows, links, topic copies, history and report as one row at a time."""

import io
import json
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from articles import transfer
from articles.models import Article, Status
from articles.transfer import import_articles, read_lines
from ckm_portal.core.search_backend import get_search_backend
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind
from tests.factories import make_article, make_published_article

pytestmark = pytest.mark.django_db

# A row of the Wagtail peer's corpus (../shared/peers/corpus_gen.py), as it writes them.
PEER_LINE = (
    '{"slug": "werkgever-veroordeeld-0", "title": "Werkgever veroordeeld voor uitbuiting", '
    '"summary": "Een samenvatting.", "body": "<p>Een <em>tekst</em> over uitbuiting.</p>", '
    '"type": "case_law", "language": "nl", "published": "2022-03-14", '
    '"topics": ["voodoo", "schuldslavernij"], "countries": ["NG"]}'
)


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def vocabulary(db):
    return {
        "voodoo": Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME, aliases=["juju"]),
        "nigeria": Topic.objects.create(name="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG"),
    }


def mixed_rows():
    """Good and bad rows, rows that depend on earlier rows of the file, and rows that update stored articles."""
    return [
        {"title": "Nieuw concept", "topics": ["voodoo", "Nieuw ding"]},
        {"title": "Foute ECLI", "ecli": "NL:2024:12", "topics": ["weggegooid trefwoord"]},
        {"title": "Dubbel A", "slug": "dubbel", "topics": ["voodoo"]},
        # The same slug again: it updates the article the row above created.
        {"title": "Dubbel B", "slug": "dubbel", "topics": ["NG"]},
        {"slug": "oud-concept", "title": "Oud concept, herzien", "topics": ["nigeria", "nieuw DING"]},
        {"source_url": "https://example.org/gepubliceerd", "title": "Overschreven"},
        "geen object",
        {"title": "Zelf gepubliceerd", "status": "published"},
        {"title": "Met bron", "slug": "met-bron", "source_url": "https://nieuw.example/x"},
        # Found by the source URL of the row above, then given a slug another article has.
        {"title": "Botsing", "slug": "bezet", "source_url": "https://nieuw.example/x"},
        {"slug": "stil", "title": "Stil"},
        {"title": "Ter beoordeling", "status": "review", "article_type": "blog", "topics": ["juju"]},
        {"title": "Ter beoordeling", "status": "review", "topics": ["juju"]},
    ]


def stored_state():
    """Everything an import writes, without ids and moments (which differ from run to run)."""
    names = dict(Topic.objects.values_list("pk", "name"))
    articles = {
        article.slug: (
            article.title, article.status, article.article_type, article.source_url, article.ecli, article.body,
            article.created_by_id, article.submitted_by_id, article.submitted_at is not None,
            article.topic_text, sorted(names[pk] for pk in article.topic_ids),
        )
        for article in Article.objects.all()
    }  # fmt: skip
    links = sorted(
        (Article.objects.get(pk=link.object_id).slug, link.tag.name)
        for link in TaggedTopic.objects.select_related("tag")
    )
    history = sorted(
        (row.slug, row.title, row.history_type, row.history_change_reason or "", row.history_user_id or 0)
        for row in Article.history.all()
    )
    topics = sorted(Topic.objects.values_list("name", "kind", "approved"))
    return articles, links, history, topics


def import_and_read(rows, user, batch_size, monkeypatch):
    """Import in batches of ``batch_size`` and read the result; then roll it all back."""
    monkeypatch.setattr(transfer, "BATCH_SIZE", batch_size)
    with transaction.atomic():
        report = import_articles(rows, user=user, create_topics=True)
        state = stored_state()
        transaction.set_rollback(True)
    return (report.rows, report.created, report.updated, report.unchanged, [str(e) for e in report.errors]), state


def test_batches_write_what_one_row_at_a_time_writes(vocabulary, editor, monkeypatch):
    make_article(slug="oud-concept", title="Oud concept", topics=[vocabulary["voodoo"]])
    make_published_article("Gepubliceerd", source_url="https://example.org/gepubliceerd")
    make_article(slug="bezet", title="Bezet")
    make_article(slug="stil", title="Stil")

    batched = import_and_read(mixed_rows(), editor, 500, monkeypatch)
    one_by_one = import_and_read(mixed_rows(), editor, 1, monkeypatch)
    assert batched == one_by_one

    (rows, created, updated, unchanged, errors), (articles, links, history, topics) = batched
    assert (rows, created, updated, unchanged) == (13, 4, 2, 1)
    assert [error.split(":")[0] for error in errors] == [
        "row 2, ecli", "row 6, status", "row 7, -", "row 8, status", "row 10, slug", "row 12, article_type",
    ]  # fmt: skip
    assert articles["dubbel"][0] == "Dubbel B" and articles["dubbel"][-1] == ["Nigeria"]
    assert articles["oud-concept"][-1] == ["Nieuw ding", "Nigeria"]
    assert "Nieuw ding" in articles["oud-concept"][-2] and "Nigeria" in articles["oud-concept"][-2]
    assert articles["ter-beoordeling"][1] == Status.REVIEW and articles["ter-beoordeling"][7] == editor.pk
    assert ("dubbel", "Dubbel A", "+", "import", editor.pk) in history
    assert ("dubbel", "Dubbel B", "~", "import", editor.pk) in history
    assert ("Nieuw ding", TopicKind.KEYWORD, False) in topics
    assert not [topic for topic in topics if topic[0] == "weggegooid trefwoord"]
    assert ("nieuw-concept", "Voodoo") in links


def test_the_queries_of_an_import_do_not_grow_with_its_rows(vocabulary):
    def queries_for(count, prefix):
        rows = [{"title": f"{prefix} {n}", "status": "draft", "topics": ["voodoo", "NG"]} for n in range(count)]
        with CaptureQueriesContext(connection) as queries:
            report = import_articles(rows)
        assert report.created == count and not report.errors
        return len(queries)

    assert queries_for(3, "Klein") == queries_for(40, "Groot")


def test_a_database_refusal_is_reported_for_its_row_and_the_others_are_written(vocabulary, monkeypatch):
    # What validation cannot see: a title longer than the column, let through by loosened checks.
    form_field = transfer.ArticleImportForm.base_fields["title"]
    monkeypatch.setattr(form_field, "max_length", None)
    monkeypatch.setattr(form_field, "validators", [])
    monkeypatch.setattr(Article._meta.get_field("title"), "validators", [])
    rows = [{"title": "Goed", "topics": ["voodoo", "Nieuw"]}, {"title": "x" * 400}, {"title": "Ook goed"}]
    report = import_articles(rows, create_topics=True)
    assert (report.created, [(error.row, error.field) for error in report.errors]) == (2, [(2, "-")])
    assert "too long" in report.errors[0].message
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Goed", "Ook goed"]
    assert Article.objects.get(title="Goed").topic_text.startswith("Nieuw")


def test_json_lines_are_read_line_by_line_and_a_bad_line_is_one_bad_row(tmp_path, vocabulary):
    path = tmp_path / "artikelen.jsonl"
    lines = [json.dumps({"title": "Een", "topics": ["voodoo"]}), "{kapot", "", json.dumps({"title": "Twee"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), stdout=out, stderr=err)
    assert "3 rows: 2 created" in out.getvalue() and "1 failed" in out.getvalue()
    assert "row 2, -: This line is not valid JSON" in err.getvalue()
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Een", "Twee"]


def test_a_line_of_the_peer_corpus_is_imported_published_with_its_topics_and_countries(tmp_path, vocabulary):
    path = tmp_path / "peer.jsonl"
    path.write_text(PEER_LINE + "\n", encoding="utf-8")
    call_command("import_articles", str(path), "--create-topics", stdout=io.StringIO(), stderr=io.StringIO())

    article = Article.objects.get(slug="werkgever-veroordeeld-0")
    assert (article.article_type, article.status, article.language) == ("case_law", Status.PUBLISHED, "nl")
    assert timezone.localtime(article.published_at).isoformat() == "2022-03-14T00:00:00+01:00"
    assert sorted(article.topics.values_list("name", flat=True)) == ["Nigeria", "Voodoo", "schuldslavernij"]
    assert Topic.objects.get(name="schuldslavernij").kind == TopicKind.KEYWORD
    assert "schuldslavernij" in article.topic_text and "Nigeria" in article.topic_text
    # Found by its new keyword, which only the topic copies carry into the search vector.
    assert list(get_search_backend().matching(Article.objects.published(), "schuldslavernij")) == [article]


def test_peer_fields_never_override_the_portals_own(vocabulary):
    portal_fields = {"article_type": "news", "status": "draft", "topics": "voodoo"}
    rows = list(read_lines([json.dumps(json.loads(PEER_LINE) | portal_fields)]))
    assert rows[0]["article_type"] == "news" and rows[0]["status"] == "draft"
    assert rows[0]["published_at"] == "2022-03-14"
    assert rows[0]["topics"] == ["voodoo", "NG"]


def test_the_moment_check_is_skipped_before_a_query_is_built_when_the_import_leaves_its_fields_out():
    article = Article(title="Zonder moment", slug="zonder-moment", status=Status.PUBLISHED)
    with pytest.raises(ValidationError):  # the admin leaves nothing out: the check runs
        article.validate_constraints()
    with mock.patch.object(Q, "check", side_effect=AssertionError("a query was built for a skipped check")):
        article.validate_constraints(exclude={"status", "published_at"})
        article.validate_constraints(exclude={"published_at"})
