"""The demo's dossiers: voodoo, forced marriage and FGM, with introductions in both languages and key documents."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, KeyDocument
from ckm_portal.demo import files
from ckm_portal.topics.models import Topic

pytestmark = pytest.mark.django_db

DOSSIERS = ["gedwongen-huwelijk", "meisjesbesnijdenis", "voodoo"]


@pytest.mark.slow  # a load of the whole demo (once per module)
def test_three_dossiers_with_introductions_and_public_key_documents_on_their_topic(demo):
    dossiers = Topic.objects.exclude(introduction_nl="").order_by("slug")
    assert [topic.slug for topic in dossiers] == DOSSIERS
    for topic in dossiers:
        for introduction in (topic.introduction_nl, topic.introduction_en):
            assert 3 <= introduction.count("<p>") <= 5, topic.slug
        documents = [key.article for key in KeyDocument.objects.filter(topic=topic).select_related("article")]
        assert 3 <= len(documents) <= 4, topic.slug
        assert [key.position for key in KeyDocument.objects.filter(topic=topic)] == list(range(1, len(documents) + 1))
        public = set(Article.objects.published().for_topic(topic).values_list("pk", flat=True))
        assert {article.pk for article in documents} <= public, topic.slug


@pytest.mark.slow  # a load of the whole demo (once per module)
def test_voodoo_dossier_page_in_both_languages(demo, client):
    dutch = client.get("/onderwerpen/voodoo/")
    assert dutch.status_code == 200
    assert "juju" in dutch.text
    assert [article.slug for article in dutch.context["key_documents"]] == [
        "voodoo-en-de-juju-eed",
        "bound-by-an-oath-juju-and-reporting",
        "rb-gelderland-nigeriaanse-vrouwen-juju-eed-uitgebuit",
        "juju-fear-and-trust",
    ]
    english = client.get("/en/onderwerpen/voodoo/").text
    assert "Women and girls from Nigeria" in english
    assert "Vrouwen en meisjes uit Nigeria" not in english


@pytest.mark.slow  # a load of the whole demo (once per module)
def test_a_rerun_keeps_the_dossiers_as_they_are(demo):
    before = sorted(KeyDocument.objects.values_list("pk", "topic", "article", "position"))
    introductions = sorted(Topic.objects.values_list("slug", "introduction_nl", "introduction_en"))
    call_command("load_demo", stdout=StringIO())
    assert sorted(KeyDocument.objects.values_list("pk", "topic", "article", "position")) == before
    assert sorted(Topic.objects.values_list("slug", "introduction_nl", "introduction_en")) == introductions


def test_an_english_introduction_without_its_dutch_file_is_refused(tmp_path):
    directory = tmp_path / "dossiers"
    directory.mkdir()
    (directory / "voodoo.md").write_text("+++\nkey_documents = []\n+++\n\nTekst.\n", encoding="utf-8")
    (directory / "nergens.en.md").write_text("Text.\n", encoding="utf-8")
    with pytest.raises(files.ContentFileError, match=r"nergens\.en\.md: an English introduction without"):
        files.read_dossiers(tmp_path)


@pytest.mark.slow  # a load of the whole demo
def test_a_dossier_naming_an_unknown_article_stops_the_load(tmp_path):
    content = shutil.copytree(files.CONTENT_DIR, tmp_path / "content")
    path = content / "dossiers" / "voodoo.md"
    path.write_text(path.read_text(encoding="utf-8").replace('"juju-fear-and-trust"', '"bestaat-niet"'), "utf-8")
    before = sorted(KeyDocument.objects.values_list("topic", "article", "position"))  # the module's demo, if loaded
    with pytest.raises(CommandError, match=r"voodoo\.md: unknown articles in key_documents: bestaat-niet"):
        call_command("load_demo", content=content, stdout=StringIO())
    assert sorted(KeyDocument.objects.values_list("topic", "article", "position")) == before
