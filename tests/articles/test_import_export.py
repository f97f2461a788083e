"""import_articles and export_articles: one format both ways, idempotent, bad rows reported and skipped."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from articles.models import Article, Status
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_article

pytestmark = pytest.mark.django_db

GOOD = {
    "title": "Uitspraak over de juju-eed",
    "slug": "uitspraak-juju-eed",
    "summary": "Samenvatting",
    "body": "<p>Tekst <strong>vet</strong></p><script>alert(1)</script>",
    "article_type": "case_law",
    "language": "nl",
    "status": "published",
    "published_at": "2024-03-01T10:00:00+01:00",
    "publication_date": "2024-02-28",
    "source_name": "Rechtspraak",
    "source_url": "https://uitspraken.example/ECLI:NL:RBAMS:2024:1234",
    "authors": "",
    # A slug, a name (any case) and an alias.
    "topics": ["voodoo", "NIGERIA", "juju"],
    "court": "Rechtbank Amsterdam",
    "ecli": "ECLI:NL:RBAMS:2024:1234",
    "decision_date": "2024-02-27",
    "publisher": "",
    "doi": "",
    "isbn": "",
}
DRAFT = {"title": "Concept zonder slug", "status": "draft", "topics": ["voodoo"]}
BAD_ECLI = {"title": "Foute ECLI", "slug": "foute-ecli", "ecli": "NL:2024:12", "topics": ["weggegooid trefwoord"]}
BAD_TYPE = {"title": "Fout type", "slug": "fout-type", "article_type": "blog", "published_at": "gisteren"}


@pytest.fixture
def topics(db):
    return [
        Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME, aliases=["juju"]),
        Topic.objects.create(name="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG"),
    ]


def write_json(tmp_path, rows, name="articles.json"):
    path = tmp_path / name
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def in_english():
    # The messages are translated; these tests read the English ones.
    with translation.override("en"):
        yield


def run_import(path, *args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", str(path), *args, stdout=out, stderr=err)
        failed = False
    except CommandError:
        failed = True
    return failed, out.getvalue(), err.getvalue()


def test_a_good_row_is_imported_with_its_fields_topics_and_clean_body(tmp_path, topics):
    failed, out, err = run_import(write_json(tmp_path, [GOOD, DRAFT]))
    assert not failed, err
    assert "2 created" in out
    article = Article.objects.get(slug="uitspraak-juju-eed")
    assert article.body == "<p>Tekst <strong>vet</strong></p>"
    assert article.ecli == "ECLI:NL:RBAMS:2024:1234"
    assert list(Article.objects.published()) == [article]
    assert sorted(article.topics.values_list("name", "kind")) == [("Nigeria", "country"), ("Voodoo", "theme")]
    assert article.history.latest().history_change_reason == "import"
    assert Article.objects.get(title="Concept zonder slug").slug == "concept-zonder-slug"


def test_bad_rows_are_reported_by_row_and_field_and_never_half_written(tmp_path, topics):
    failed, out, err = run_import(write_json(tmp_path, [BAD_ECLI, GOOD, BAD_TYPE, "geen object", DRAFT]))
    assert failed
    assert "2 created" in out and "3 failed" in out
    assert "row 1, ecli:" in err
    assert "row 3, article_type:" in err and "row 3, published_at:" in err
    assert "row 4, -:" in err
    assert set(Article.objects.values_list("slug", flat=True)) == {"uitspraak-juju-eed", "concept-zonder-slug"}
    # Its unknown topic was not created either.
    assert not Topic.objects.filter(name="weggegooid trefwoord").exists()


def test_the_import_is_idempotent_and_matches_on_source_url_then_slug(tmp_path, topics):
    path = write_json(tmp_path, [GOOD, DRAFT])
    run_import(path)
    failed, out, err = run_import(path)
    assert not failed, err
    assert "0 created, 0 updated, 2 unchanged" in out
    assert Article.objects.count() == 2
    assert Article.objects.get(slug="uitspraak-juju-eed").history.count() == 1

    # The same source URL under another slug updates the article (and renames it).
    renamed = GOOD | {"slug": "nieuwe-slug", "title": "Nieuwe titel"}
    failed, out, _err = run_import(write_json(tmp_path, [renamed], "renamed.json"))
    assert "1 updated" in out
    assert Article.objects.get(source_url=GOOD["source_url"]).slug == "nieuwe-slug"
    assert Article.objects.count() == 2


def test_dry_run_reports_and_saves_nothing(tmp_path, topics):
    failed, out, err = run_import(write_json(tmp_path, [GOOD, BAD_ECLI]), "--dry-run")
    assert failed
    assert "1 created" in out and "dry run" in out
    assert "row 2, ecli:" in err
    assert not Article.objects.exists()
    assert not Topic.objects.filter(name="nieuw trefwoord").exists()


def test_an_import_as_an_editor_cannot_publish_or_touch_published_articles(tmp_path, topics, editor, chief_editor):
    published = make_article(status=Status.PUBLISHED, slug="al-gepubliceerd", title="Oud")
    rows = [GOOD, DRAFT, {"slug": "al-gepubliceerd", "title": "Overschreven"}]
    failed, out, err = run_import(write_json(tmp_path, rows), "--user", editor.username)
    assert failed
    assert "row 1, status:" in err and "row 3, status:" in err
    assert "1 created" in out
    assert not Article.objects.filter(slug="uitspraak-juju-eed").exists()
    assert Article.objects.get(pk=published.pk).title == "Oud"
    assert Article.objects.get(slug="concept-zonder-slug").history.latest().history_user == editor

    failed, out, err = run_import(write_json(tmp_path, [GOOD], "chief.json"), "--user", chief_editor.username)
    assert not failed, err
    assert Article.objects.published().filter(slug="uitspraak-juju-eed").exists()


def test_unreadable_input_is_one_clear_error(tmp_path):
    (tmp_path / "kapot.json").write_text("{niet: json", encoding="utf-8")
    (tmp_path / "lijst.txt").write_text("x", encoding="utf-8")
    (tmp_path / "zonder_titel.csv").write_text("slug\nx\n", encoding="utf-8")
    for name, message in [
        ("kapot.json", "not valid JSON"),
        ("lijst.txt", "Unknown format"),
        ("zonder_titel.csv", "title column"),
        ("bestaat-niet.csv", "Cannot read"),
    ]:
        with pytest.raises(CommandError, match=message):
            call_command("import_articles", str(tmp_path / name), stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match="No active user"):
        call_command("import_articles", str(tmp_path / "kapot.json"), "--user", "niemand")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_and_import_round_trip(tmp_path, topics, fmt):
    first = tmp_path / f"first.{fmt}"
    second = tmp_path / f"second.{fmt}"
    make_article(
        title='Titel met "aanhalingstekens", komma; en puntkomma',
        body="<p>regel 1</p>\n<p>regel 2</p>",
        status=Status.PUBLISHED,
        published_at=timezone.now().replace(microsecond=0),
        source_url="https://example.org/a",
        topics=topics,
    )
    make_article(title="Concept", status=Status.DRAFT, ecli="ECLI:NL:HR:2020:1", decision_date="2020-01-02")
    call_command("export_articles", str(first), stdout=io.StringIO(), stderr=io.StringIO())
    exported = first.read_text(encoding="utf-8")

    # Into an empty knowledge base (the topics remain), with one bad row added to the file.
    Article.objects.all().delete()
    if fmt == "json":
        rows = [*json.loads(exported), BAD_ECLI]
        first.write_text(json.dumps(rows), encoding="utf-8")
    else:
        rows = list(csv.DictReader(io.StringIO(exported)))
        with first.open("a", encoding="utf-8") as stream:
            csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n").writerow(
                {key: BAD_ECLI.get(key, "") for key in rows[0]} | {"topics": ""}
            )
    failed, out, err = run_import(first)
    assert failed
    assert "2 created" in out and "row 3, ecli:" in err

    call_command("export_articles", str(second), stdout=io.StringIO(), stderr=io.StringIO())
    assert second.read_text(encoding="utf-8") == exported
    assert Article.objects.published().count() == 1


def test_export_to_standard_output_defaults_to_csv(topics):
    make_article(title="Een", topics=topics)
    out = io.StringIO()
    call_command("export_articles", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["title"] == "Een"
    assert rows[0]["topics"] == "nigeria; voodoo"


def test_topics_resolve_by_slug_names_alias_and_iso_code_whatever_the_case_or_accents(tmp_path, topics):
    romania = Topic.objects.create(
        name="Roemenië", name_en="Romania", slug="roemenie", kind=TopicKind.COUNTRY, iso_code="RO"
    )
    fgm = Topic.objects.create(name="Meisjesbesnijdenis", name_en="Female genital mutilation", aliases=["FGM"])
    # A keyword awaiting review is linked, and stays unapproved.
    typo = Topic.objects.create(name="Vodoo", approved=False)
    rows = [
        {"title": "Een", "status": "draft", "topics": ["ROEMENIE", "fgm", "ng"]},
        {"title": "Twee", "status": "draft", "topics": ["female  genital mutilation", "Romania", "vodoo", "JuJu"]},
    ]
    failed, _out, err = run_import(write_json(tmp_path, rows))
    assert not failed, err
    assert set(Article.objects.get(title="Een").topics.all()) == {romania, fgm, topics[1]}
    assert set(Article.objects.get(title="Twee").topics.all()) == {fgm, romania, typo, topics[0]}
    typo.refresh_from_db()
    assert not typo.approved
    assert Topic.objects.count() == 5


def test_an_unknown_topic_is_reported_per_row_and_not_created(tmp_path, topics):
    rows = [
        {"title": "Met onbekend onderwerp", "topics": ["voodoo", "Vodoo", "Nieuw ding"]},
        {"title": "Goed", "status": "draft", "topics": ["voodoo"]},
    ]
    path = tmp_path / "articles.csv"
    path.write_text(
        "title,status,topics\nMet onbekend onderwerp,draft,voodoo; Vodoo; Nieuw ding\nGoed,draft,voodoo\n",
        encoding="utf-8",
    )
    for source in (write_json(tmp_path, rows), path):
        failed, out, err = run_import(source)
        assert failed
        assert "row 1, topics: unknown topic: Vodoo; Nieuw ding" in err
        assert "1 failed" in out
        assert not Article.objects.filter(title="Met onbekend onderwerp").exists()
        assert Article.objects.filter(title="Goed").exists()
        assert Topic.objects.count() == 2


def test_create_topics_makes_unknown_ones_keywords_awaiting_approval(tmp_path, topics):
    rows = [
        {"title": "Een", "status": "draft", "topics": ["voodoo", "Nieuw ding"]},
        # A bad row: its new keyword is rolled back with it ...
        BAD_ECLI,
        # ... and made afresh when a later row names it.
        {"title": "Twee", "status": "draft", "topics": ["nieuw DING", "weggegooid trefwoord"]},
    ]
    failed, out, err = run_import(write_json(tmp_path, rows), "--create-topics")
    assert failed and "row 2, ecli:" in err and "row 3" not in err
    assert "2 created" in out
    new = Topic.objects.get(name="Nieuw ding")
    kept = Topic.objects.get(name="weggegooid trefwoord")
    for topic in (new, kept):
        assert topic.kind == TopicKind.KEYWORD and not topic.approved
    assert set(Article.objects.get(title="Twee").topics.all()) == {new, kept}
    # Not public until a chief editor approves them.
    assert not Topic.objects.public().filter(pk__in=[new.pk, kept.pk]).exists()


def test_topics_are_read_once_per_import(tmp_path, topics):
    rows = [{"title": f"Artikel {n}", "status": "draft", "topics": ["voodoo", "NG", "juju"]} for n in range(5)]
    with CaptureQueriesContext(connection) as queries:
        failed, _out, err = run_import(write_json(tmp_path, rows))
    assert not failed, err
    # One read of the whole vocabulary; no query per row and name looks a topic up by its slug or name.
    sqls = [query["sql"] for query in queries.captured_queries]
    assert len([sql for sql in sqls if sql.startswith('SELECT "topics_topic"."id"') and "WHERE" not in sql]) == 1
    assert not [sql for sql in sqls if '"topics_topic"."slug" =' in sql or 'UPPER("topics_topic"."name' in sql]
