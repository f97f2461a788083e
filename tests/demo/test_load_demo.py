import datetime as dt
import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from articles.models import Article, ArticleType, Status
from ckm_portal.core.editorial import Language
from ckm_portal.editors.roles import can_publish
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind
from partners.models import Partner, PartnerKind
from partners.selectors import partners_for_topic
from projects.models import Project

pytestmark = pytest.mark.django_db

# The subjects and origin countries the CKM names as its expertise (../shared/seeds), by their demo slugs.
CKM_EXPERTISE = [
    "voodoo",
    "gedwongen-huwelijk",
    "meisjesbesnijdenis",
    "prostitutie-en-prostitutiebeleid",
    "terugkeer",
    "zorg-en-trauma",
    "nigeria",
    "guinee",
    "china",
]


def run(command):
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue().strip()


def snapshot():
    """Everything a rerun could touch: rows and their update stamps, tags, relations and edit history."""
    return {
        "topics": sorted(Topic.objects.values_list("slug", "name", "kind", "iso_code", "description_nl", "aliases")),
        "partners": sorted(Partner.objects.values_list("slug", "updated_at")),
        "projects": sorted(Project.objects.values_list("slug", "updated_at")),
        "articles": sorted(Article.objects.values_list("slug", "updated_at", "status", "published_at")),
        "tags": sorted(TaggedTopic.objects.values_list("content_type_id", "object_id", "tag_id")),
        "coalitions": sorted(Partner.coalitions.through.objects.values_list("from_partner_id", "to_partner_id")),
        "project_partners": sorted(Project.partners.through.objects.values_list("project_id", "partner_id")),
        "related_articles": sorted(Project.related_articles.through.objects.values_list("project_id", "article_id")),
        "history": [model.history.count() for model in (Partner, Project, Article)],
    }


def test_summary_line_counts_what_was_loaded(demo):
    summary = demo

    match = re.fullmatch(r"Demo content: (\d+) topics, (\d+) partners, (\d+) projects, (\d+) articles\.", summary)
    assert match, summary
    counts = tuple(int(number) for number in match.groups())
    assert counts == (Topic.objects.count(), Partner.objects.count(), Project.objects.count(), Article.objects.count())
    assert Article.objects.count() >= 30


def test_every_topic_kind_article_type_and_language_is_present(demo):

    assert set(Topic.objects.values_list("kind", flat=True)) == set(TopicKind.values)
    assert set(Article.objects.values_list("article_type", flat=True)) == set(ArticleType.values)
    assert set(Article.objects.values_list("language", flat=True)) == set(Language.values)
    assert set(Partner.objects.values_list("kind", flat=True)) == set(PartnerKind.values)
    assert Topic.objects.get(slug="nigeria").iso_code == "NG"
    assert "FGM" in Topic.objects.get(slug="meisjesbesnijdenis").aliases
    assert Article.objects.get(slug="voodoo-en-de-juju-eed").topics.filter(slug="nigeria").exists()


def test_every_item_has_descriptions_in_both_languages_and_valid_case_law(demo):

    for model in (Topic, Partner):
        assert not model.objects.filter(description_nl="").exists()
        assert not model.objects.filter(description_en="").exists()
    case_law = Article.objects.of_type(ArticleType.CASE_LAW)
    assert case_law.exists()
    for article in case_law:
        assert article.court and article.decision_date
        assert article.ecli.startswith("ECLI:NL:") and f":{article.decision_date.year}:" in article.ecli


def test_projects_link_partners_funders_topics_and_articles(demo):

    shelter = Project.objects.get(slug="opvang-ckm-gebouw")
    assert set(shelter.funders.values_list("slug", flat=True)) == {"nationale-postcode-loterij"}
    assert {"fier", "terre-des-hommes"} <= set(shelter.partners.values_list("slug", flat=True))
    assert shelter.topics.filter(slug="opvang").exists()
    assert shelter.related_articles.filter(slug="nieuw-gebouw-ckm-geopend").exists()
    for project in Project.objects.all():
        assert project.partners.exists(), project.slug
        assert project.topics.exists(), project.slug


def test_coalition_membership(demo):

    coalition = Partner.objects.coalitions().get(slug="coalitie-tegen-seksuele-kinderuitbuiting")
    assert coalition.kind == PartnerKind.NETWORK
    assert set(coalition.members.values_list("slug", flat=True)) == {
        "ckm",
        "terre-des-hommes",
        "defence-for-children-ecpat",
    }


def test_each_field_of_the_ckm_expertise_has_articles_a_project_and_partners(demo):

    shortfalls = {}
    for slug in CKM_EXPERTISE:
        topic = Topic.objects.get(slug=slug)
        articles = Article.objects.published().for_topic(topic)
        article_types = set(articles.values_list("article_type", flat=True))
        partners = set(partners_for_topic(topic).values_list("slug", flat=True))
        found = {
            "published articles": articles.count(),
            "article types": len(article_types),
            "projects": Project.objects.for_topic(topic).count(),
            "partners": len(partners),
        }
        wanted = {"published articles": 5, "article types": 3, "projects": 1, "partners": 2}
        if any(found[name] < minimum for name, minimum in wanted.items()) or "ckm" not in partners:
            shortfalls[slug] = (found, sorted(partners))
    assert shortfalls == {}


def test_each_status_shows_the_publication_rule(demo):
    now = timezone.now()
    public = set(Article.objects.published().values_list("slug", flat=True))

    for status in (Status.DRAFT, Status.REVIEW, Status.ARCHIVED):
        hidden = Article.objects.filter(status=status)
        assert hidden.count() == 1, status
        assert hidden.get().slug not in public
    scheduled = Article.objects.filter(status=Status.PUBLISHED, published_at__gt=now).get()
    assert scheduled.slug not in public
    assert now + dt.timedelta(days=360) < scheduled.published_at < now + dt.timedelta(days=367)
    assert len(public) == Article.objects.count() - 4
    opening = Article.objects.get(slug="nieuw-gebouw-ckm-geopend")
    assert timezone.localtime(opening.published_at).isoformat() == "2014-10-27T09:00:00+01:00"


def test_running_twice_changes_nothing(demo):
    first = demo
    before = snapshot()

    second = run("load_demo")

    assert second == first
    assert snapshot() == before


@pytest.mark.slow
def test_demo_staff_prints_passwords_that_log_in():
    request = RequestFactory().post("/admin/login/")
    output = run("demo_staff")
    first = re.match(r"Staff account for http://127\.0\.0\.1:8000/admin/: user redactie, password (\S+)\n", output)
    assert first, "unexpected output"

    user = authenticate(request, username="redactie", password=first[1])
    assert user is not None and user.is_staff and user.is_superuser

    roles = dict(re.findall(r"user (\w+), password (\S+)", output))
    editor = authenticate(request, username="redacteur", password=roles["redacteur"])
    chief = authenticate(request, username="hoofdredacteur", password=roles["hoofdredacteur"])
    assert not editor.is_superuser and not can_publish(editor)
    assert not chief.is_superuser and can_publish(chief)

    second = re.search(r"user redactie, password (\S+)", run("demo_staff"))
    assert second[1] != first[1]
    assert authenticate(request, username="redactie", password=first[1]) is None
    assert authenticate(request, username="redactie", password=second[1]) == user
