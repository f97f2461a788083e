"""The demo's linked translations: the ``translation`` key of the data files, linked on both sides."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from ckm_portal.demo import files

pytestmark = pytest.mark.django_db

PAIRS = {
    "nieuw-gebouw-ckm-geopend": "dutch-centre-against-child-trafficking-opens-building",
    "voodoo-en-de-juju-eed": "voodoo-and-the-juju-oath",
}


@pytest.mark.slow  # a load of the whole demo (once per module)
def test_the_demo_pairs_are_linked_both_ways(demo):
    links = dict(Article.objects.exclude(translation=None).values_list("slug", "translation__slug"))
    assert links == PAIRS | {english: dutch for dutch, english in PAIRS.items()}
    for dutch, english in PAIRS.items():
        assert Article.objects.get(slug=dutch).language == "nl"
        assert Article.objects.get(slug=english).language == "en"


@pytest.mark.slow  # a load of the whole demo (once per module)
def test_a_link_removed_from_the_files_is_removed_on_the_next_load(demo, tmp_path):
    content = shutil.copytree(files.CONTENT_DIR, tmp_path / "content")
    path = content / "articles" / "voodoo-and-the-juju-oath.md"
    path.write_text(path.read_text(encoding="utf-8").replace('translation = "voodoo-en-de-juju-eed"\n', ""))

    call_command("load_demo", content=content, stdout=StringIO())

    assert Article.objects.get(slug="voodoo-en-de-juju-eed").translation is None
    assert Article.objects.get(slug="voodoo-and-the-juju-oath").translation is None
    assert Article.objects.get(slug="nieuw-gebouw-ckm-geopend").translation.slug == PAIRS["nieuw-gebouw-ckm-geopend"]


@pytest.mark.parametrize(
    ("translation", "message"),
    [
        ("bestaat-niet", "unknown article in translation: bestaat-niet"),
        ("loverboy-of-mensenhandelaar", "in dezelfde taal"),
        # Named by two files: the error names both.
        ("dutch-centre-against-child-trafficking-opens-building", "is linked to angst-is-geen-onwil already"),
    ],
)
@pytest.mark.slow  # a load of the whole demo (once per module)
def test_a_wrong_translation_key_stops_the_load_naming_the_file(demo, tmp_path, translation, message):
    content = shutil.copytree(files.CONTENT_DIR, tmp_path / "content")
    path = content / "articles" / "angst-is-geen-onwil.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n+++\n", f'\ntranslation = "{translation}"\n+++\n', 1), encoding="utf-8")

    with pytest.raises(CommandError, match=message) as error:
        call_command("load_demo", content=content, stdout=StringIO())
    assert "angst-is-geen-onwil.md" in str(error.value)
