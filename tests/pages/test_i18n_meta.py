import re

import pytest

from tests.factories import make_partner, make_project, make_published_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(voodoo, nigeria):
    article = make_published_article("Een artikel", topics=[voodoo, nigeria], summary="Korte samenvatting.")
    partner = make_partner("Fier", topics=[voodoo])
    project = make_project("Terugkeer", topics=[nigeria])
    return [
        "/",
        "/artikelen/",
        article.get_absolute_url(),
        "/onderwerpen/",
        "/onderwerpen/voodoo/",
        "/landen/",
        "/landen/nigeria/",
        "/partners/",
        partner.get_absolute_url(),
        "/projecten/",
        project.get_absolute_url(),
        "/over-het-ckm/",
        "/contact/",
        "/agenda/",
        "/agenda/afgelopen/",
    ]


def test_every_page_exists_in_both_languages_with_canonical_and_alternates(client, pages):
    for path in pages:
        dutch = client.get(path)
        english = client.get("/en" + path)
        assert dutch.status_code == english.status_code == 200, path
        assert '<html lang="nl">' in dutch.text
        assert '<html lang="en">' in english.text
        assert f'<link rel="canonical" href="http://testserver{path}">' in dutch.text
        assert f'<link rel="canonical" href="http://testserver/en{path}">' in english.text
        assert f'hreflang="en" href="http://testserver/en{path}"' in dutch.text
        assert f'hreflang="nl" href="http://testserver{path}"' in english.text
        assert 'property="og:title"' in dutch.text
        assert 'name="twitter:card"' in dutch.text
        # No inline styles or scripts: the CSP forbids them (JSON-LD data blocks are never run).
        assert not re.search(r"<script(?![^>]*\b(?:src=|type=\"application/ld\+json\"))", dutch.text), path
        assert " style=" not in dutch.text and "<style" not in dutch.text, path


def test_language_switcher_keeps_the_page_and_the_filters(client, pages):
    response = client.get("/artikelen/", {"topic": "voodoo", "page": "1"})
    switcher = response.text.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="http://testserver/en/artikelen/?topic=voodoo&amp;page=1"' in switcher
    back = client.get("/en/landen/nigeria/").text.split('class="language-switcher"')[1].split("</nav>")[0]
    assert 'href="http://testserver/landen/nigeria/"' in back


def test_ui_is_translated(client, pages):
    dutch = client.get("/artikelen/").text
    english = client.get("/en/artikelen/").text
    assert "<h1>Artikelen</h1>" in dutch
    assert "<h1>Articles</h1>" in english
    assert "Naar de inhoud" in dutch
    assert "Skip to content" in english


def test_topic_names_follow_the_language(client, forced_marriage):
    make_published_article("Een artikel", topics=[forced_marriage])
    assert "Gedwongen huwelijk" in client.get("/onderwerpen/gedwongen-huwelijk/").text
    english = client.get("/en/onderwerpen/gedwongen-huwelijk/").text
    assert "<h1>Forced marriage</h1>" in english


def test_article_page_has_article_open_graph_meta(client, voodoo):
    article = make_published_article("Titel voor delen", topics=[voodoo], summary="Waar het over gaat.")
    text = client.get(article.get_absolute_url()).text
    assert '<meta property="og:type" content="article">' in text
    assert '<meta property="og:title" content="Titel voor delen">' in text
    assert '<meta property="og:description" content="Waar het over gaat.">' in text
    assert re.search(
        r'<meta property="og:image" content="http://testserver/static/img/ckm-card\.[0-9a-f]+\.png">', text
    )


def test_about_page_in_both_languages(client, db):
    assert "Coalitie tegen seksuele kinderuitbuiting" in client.get("/over-het-ckm/").text
    assert "Coalition against the sexual exploitation of children" in client.get("/en/over-het-ckm/").text
