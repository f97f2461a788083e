"""The demo content's data files: Markdown to the editor's HTML, editors' revisions, and clear errors."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from ckm_portal.demo import files
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project

pytestmark = pytest.mark.django_db

COMENSHA_BODY = (
    "<p>In 2012 kwamen bij CoMensha meer dan 1.700 meldingen binnen van mogelijke mensenhandel in Nederland. Het "
    "ging om volwassenen en kinderen die onder dwang werkten, onder meer in de tuinbouw, de horeca en de "
    "prostitutie.</p><p>Fier en Terre des Hommes vermoeden dat deze meldingen maar een klein deel van het "
    "werkelijke aantal slachtoffers laten zien. Veel uitbuiting blijft onopgemerkt omdat slachtoffers zich niet "
    "melden of niet worden herkend.</p><p>Meer over de registratie van mogelijke slachtoffers staat op de "
    '<a href="https://www.comensha.nl/" rel="noopener noreferrer">website van CoMensha</a>.</p>'
)


def load(directory=None):
    options = {"content": directory} if directory else {}
    call_command("load_demo", stdout=StringIO(), **options)


@pytest.fixture
def content(tmp_path):
    """A copy of the demo content an editor may change."""
    return shutil.copytree(files.CONTENT_DIR, tmp_path / "content")


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_markdown_becomes_the_html_the_editor_writes():
    markdown = (
        "A paragraph\nwrapped over *two* lines.\n\n## A heading\n\n- one\n- [two](https://example.org/)\n\n"
        "1. first\n2. second\n\n**Bold** & <b>no raw HTML</b>\n"
    )

    assert files.markdown_to_html(markdown) == (
        "<p>A paragraph wrapped over <em>two</em> lines.</p><h2>A heading</h2>"
        '<ul><li>one</li><li><a href="https://example.org/">two</a></li></ul>'
        "<ol><li>first</li><li>second</li></ol><p><strong>Bold</strong> &amp; &lt;b&gt;no raw HTML&lt;/b&gt;</p>"
    )


@pytest.mark.slow  # a load of the whole demo
def test_loaded_rich_text_is_the_html_held_before_the_files():
    """The bodies were converted from HTML; what the files give back is that HTML, cleaned, to the character."""
    load()

    assert Article.objects.get(slug="ruim-1700-meldingen-mogelijke-mensenhandel-2012").body == COMENSHA_BODY
    assert Project.objects.get(slug="opvang-ckm-gebouw").description.startswith(
        "<p>Het gebouw van het Centrum tegen Kinderhandel en Mensenhandel biedt slachtoffers"
    )
    assert Article.objects.get(slug="artikel-273g-sr-wat-verandert-er").body.count("<li>") == 3


@pytest.mark.slow  # two loads of the whole demo
def test_an_editors_revision_is_loaded_and_nothing_else_changes(content):
    load(content)
    before = dict(Article.objects.values_list("slug", "updated_at"))
    article = content / "articles" / "mensenhandelweb-telt-3000-artikelen.md"

    edit(article, 'title = "Mensenhandelweb telt 3.000 artikelen"', 'title = "Mensenhandelweb telt 3.001 artikelen"')
    edit(article, "- nieuws en achtergronden.", "- nieuws en achtergronden;\n- *agenda*.")
    load(content)

    revised = Article.objects.get(slug="mensenhandelweb-telt-3000-artikelen")
    assert revised.title == "Mensenhandelweb telt 3.001 artikelen"
    assert revised.body.endswith("<li>nieuws en achtergronden;</li><li><em>agenda</em>.</li></ul>")
    after = dict(Article.objects.values_list("slug", "updated_at"))
    changed = {slug for slug in before if before[slug] != after[slug]}
    assert changed == {"mensenhandelweb-telt-3000-artikelen"}


@pytest.mark.slow  # two loads of the whole demo
def test_a_new_file_is_a_new_item_named_by_its_file(content):
    (content / "partners" / "nieuwe-partner.toml").write_text(
        'name = "Nieuwe partner"\nkind = "ngo"\nscope = "national"\ncountry = "NL"\n'
        'description_nl = "Een partner."\ndescription_en = "A partner."\ntopics = ["voodoo"]\n',
        encoding="utf-8",
    )

    load(content)

    partner = Partner.objects.get(slug="nieuwe-partner")
    assert list(partner.topics.values_list("slug", flat=True)) == ["voodoo"]


# The demo files the breakages below edit.
VOODOO = "articles/voodoo-en-de-juju-eed.md"
OPENING = "articles/nieuw-gebouw-ckm-geopend.md"
FIER = "partners/fier.toml"

# One breakage a row: the file, the text replaced in it, what replaces it, and what the error must say.
BREAKAGES = {
    "invalid TOML in front matter": (VOODOO, 'language = "nl"', "language = nl", "not valid TOML"),
    "no closing front matter line": ("projects/opvang-ckm-gebouw.md", "+++\n\n", "\n", "no closing +++ line"),
    "no front matter": (VOODOO, "+++\n", "", "must start with a +++ line"),
    "misspelt key": (FIER, "topics = [", "topcis = [", "unknown keys: topcis"),
    "quoted date": (OPENING, "2014-10-27", '"2014-10-27"', "publication_date must be a date written without quotes"),
    "unknown topic": (OPENING, '"terugkeer"]', '"terugkeer", "terugkeeer"]', "unknown topics in topics: terugkeeer"),
    # The model's own message, in the site's language.
    "value the model refuses": (FIER, 'kind = "ngo"', 'kind = "club"', "'club'"),
    "single brackets among topics": ("topics.toml", "[[topic]]\nslug = ", "[topic]\nslug = ", "not valid TOML"),
    "topic without a kind": ("topics.toml", 'kind = "theme"\n', "", "topic 1: missing keys: kind"),
}


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_malformed_file_stops_the_load_with_its_name_and_writes_nothing(content, breakage):
    name, old, new, problem = breakage
    edit(content / name, old, new)

    with pytest.raises(CommandError) as raised:
        load(content)

    message = str(raised.value)
    assert message.startswith(str(content / name)), message
    assert problem in message, message
    assert (Topic.objects.count(), Partner.objects.count(), Article.objects.count()) == (0, 0, 0)


def test_a_lone_topic_in_single_brackets_is_named(content):
    (content / "topics.toml").write_text('[topic]\nslug = "voodoo"\nname = "Voodoo"\nkind = "theme"\n')

    with pytest.raises(files.ContentFileError, match=r"topics\.toml: each topic is a \[\[topic\]\] table"):
        files.read_topics(content)
