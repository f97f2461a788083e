"""The topics field of the admin forms: picked from the approved vocabulary, never typed into being.

The answers of the admin's autocomplete view for topic fields (grouped by kind,
found by names, aliases and ISO codes without regard to accents, approved topics
only, behind login and permissions, in a bounded number of queries), and the
forms of articles, projects and partners that take the picks.
"""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from articles.models import Article
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import logged_in_client, make_article, make_partner, make_project, make_user

pytestmark = pytest.mark.django_db

AUTOCOMPLETE = "admin:autocomplete"

# Session, user, its authenticator devices, its permissions (two), the count and the page.
MAX_QUERIES = 7


@pytest.fixture
def vocabulary():
    return {
        "voodoo": Topic.objects.create(name="Voodoo", name_en="Voodoo", slug="voodoo", kind=TopicKind.THEME),
        "fgm": Topic.objects.create(
            name="Meisjesbesnijdenis",
            name_en="Female genital mutilation",
            slug="meisjesbesnijdenis",
            kind=TopicKind.THEME,
            aliases=["FGM", "vrouwelijke genitale verminking"],
        ),
        "loverboys": Topic.objects.create(
            name="Loverboyproblematiek", slug="loverboyproblematiek", kind=TopicKind.EXPLOITATION
        ),
        "horeca": Topic.objects.create(name="Horeca", name_en="Hospitality", slug="horeca", kind=TopicKind.SECTOR),
        "romania": Topic.objects.create(
            name="Roemenië", name_en="Romania", slug="roemenie", kind=TopicKind.COUNTRY, iso_code="RO"
        ),
        "nigeria": Topic.objects.create(name="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG"),
        "juju": Topic.objects.create(name="juju-eed", slug="juju-eed", kind=TopicKind.KEYWORD),
        # A keyword typed in before the vocabulary was curated, still waiting for a chief editor.
        "vodoo": Topic.objects.create(name="Vodoo", slug="vodoo", kind=TopicKind.KEYWORD, approved=False),
    }


def ask(client, term="", app_label="articles", model_name="article", field_name="topics"):
    params = {"term": term, "app_label": app_label, "model_name": model_name, "field_name": field_name}
    return client.get(reverse(AUTOCOMPLETE), params)


def offered(response):
    """The answer as (group, [option texts]) pairs."""
    assert response.status_code == 200
    return [(group["text"], [child["text"] for child in group["children"]]) for group in response.json()["results"]]


def offered_ids(response):
    return {int(child["id"]) for group in response.json()["results"] for child in group["children"]}


def kind_label(kind):
    with translation.override("nl"):
        return str(TopicKind(kind).label)


# The autocomplete's answers


def test_the_answers_are_approved_topics_grouped_by_kind_in_vocabulary_order(editor_client, vocabulary):
    assert offered(ask(editor_client)) == [
        (kind_label(TopicKind.THEME), ["Meisjesbesnijdenis (Female genital mutilation)", "Voodoo"]),
        (kind_label(TopicKind.EXPLOITATION), ["Loverboyproblematiek"]),
        (kind_label(TopicKind.SECTOR), ["Horeca (Hospitality)"]),
        (kind_label(TopicKind.COUNTRY), ["Nigeria", "Roemenië (Romania)"]),
        (kind_label(TopicKind.KEYWORD), ["juju-eed"]),
    ]


def test_a_few_letters_find_their_topic(editor_client, vocabulary):
    response = ask(editor_client, "vood")
    assert offered(response) == [(kind_label(TopicKind.THEME), ["Voodoo"])]
    assert offered_ids(response) == {vocabulary["voodoo"].pk}


@pytest.mark.parametrize("term", ["FGM", "fgm", "genitale verminking", "female genital", "meisjesbesn"])
def test_an_alias_or_either_name_finds_its_topic(editor_client, vocabulary, term):
    assert offered_ids(ask(editor_client, term)) == {vocabulary["fgm"].pk}


@pytest.mark.parametrize("term", ["Roemenië", "roemenie", "ROEMENIE", "Romania", "roemeni"])
def test_names_match_without_regard_to_accents_or_case(editor_client, vocabulary, term):
    assert offered_ids(ask(editor_client, term)) == {vocabulary["romania"].pk}


@pytest.mark.parametrize(("term", "country"), [("NG", "Nigeria"), ("ng", "Nigeria"), ("ro", "Roemenië (Romania)")])
def test_an_iso_code_finds_its_country(editor_client, vocabulary, term, country):
    # Two letters also occur inside other names ("genitale verminking"); among the countries only the code counts.
    assert dict(offered(ask(editor_client, term)))[kind_label(TopicKind.COUNTRY)] == [country]


def test_a_slug_finds_its_topic(editor_client, vocabulary):
    assert offered_ids(ask(editor_client, "juju-eed")) == {vocabulary["juju"].pk}


def test_an_unapproved_topic_is_not_offered(editor_client, vocabulary):
    assert offered(ask(editor_client, "vodoo")) == []
    assert vocabulary["vodoo"].pk not in offered_ids(ask(editor_client))


@pytest.mark.parametrize(("app_label", "model_name"), [("projects", "project"), ("partners", "partner")])
def test_projects_and_partners_get_the_same_answers(editor_client, vocabulary, app_label, model_name):
    response = ask(editor_client, "FGM", app_label=app_label, model_name=model_name)
    assert offered_ids(response) == {vocabulary["fgm"].pk}


def test_other_autocomplete_fields_keep_djangos_answers(chief_client):
    make_partner("Fier", slug="fier")
    response = ask(chief_client, "fie", app_label="projects", model_name="project", field_name="partners")
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Fier"]


def test_the_answers_need_an_admin_login(client, vocabulary):
    response = ask(client, "vood")
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_the_answers_need_view_permission_on_the_topics_and_on_the_asking_model(vocabulary):
    staff = make_user("medewerker", is_staff=True)
    client = logged_in_client(staff)
    assert ask(client, "vood").status_code == 403  # a staff member without any permission

    staff.user_permissions.add(Permission.objects.get(codename="view_topic"))
    assert ask(client, "vood").status_code == 403  # may see topics, not articles

    staff.user_permissions.add(Permission.objects.get(codename="view_article"))
    assert offered_ids(ask(client, "vood")) == {vocabulary["voodoo"].pk}


@pytest.mark.parametrize(
    "params",
    [
        {"app_label": "articles", "model_name": "article"},  # no field
        {"app_label": "articles", "model_name": "article", "field_name": "nope"},
        {"app_label": "nope", "model_name": "article", "field_name": "topics"},
    ],
)
def test_a_malformed_question_is_refused_not_an_error(editor_client, params):
    assert editor_client.get(reverse(AUTOCOMPLETE), params).status_code == 403


def test_the_answers_take_a_bounded_number_of_queries(editor_client, vocabulary, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        ask(editor_client, "o")
    for number in range(40):
        Topic.objects.create(name=f"Trefwoord {number}", slug=f"trefwoord-{number}", kind=TopicKind.KEYWORD)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = ask(editor_client, "o")
    assert response.json()["pagination"]["more"] is True


# The forms


def change_form_data(client, url, **changes):
    """The admin form as it renders, posted back with ``changes``."""
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value in (None, False):
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = field.widget.format_value(value) if hasattr(field.widget, "format_value") else value
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data.update({management.add_prefix(key): value for key, value in management.initial.items()})
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def topic_pks(*topics):
    return [str(topic.pk) for topic in topics]


def test_the_form_field_renders_the_autocomplete_with_the_current_topics(editor_client, vocabulary):
    article = make_article(topics=[vocabulary["fgm"]])
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    html = response.text
    assert 'class="admin-autocomplete' in html
    assert f'data-ajax--url="{reverse(AUTOCOMPLETE)}"' in html
    assert 'data-model-name="article"' in html
    assert f'<option value="{vocabulary["fgm"].pk}" selected>Meisjesbesnijdenis (Female genital mutilation)' in html
    assert "admin/js/autocomplete" in html


def test_the_form_refuses_an_unknown_topic_and_creates_none(editor_client, vocabulary):
    topics_before = Topic.objects.count()
    response = editor_client.post(
        reverse("admin:articles_article_add"),
        {
            "title": "Een nieuw artikel",
            "slug": "een-nieuw-artikel",
            "article_type": "news",
            "language": "nl",
            "status": "draft",
            "topics": ["Vodoo", str(vocabulary["voodoo"].pk)],
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "topics" in response.context["adminform"].form.errors
    assert Topic.objects.count() == topics_before
    assert not Article.objects.exists()


def test_a_new_object_cannot_pick_an_unapproved_topic(editor_client, vocabulary):
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(editor_client, url, topics=topic_pks(vocabulary["vodoo"]))
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "topics" in response.context["adminform"].form.errors
    assert list(article.topics.all()) == []


@pytest.mark.parametrize("make", [make_article, make_project, make_partner])
def test_saving_links_exactly_the_chosen_topics(chief_client, vocabulary, make):
    obj = make(topics=[vocabulary["voodoo"], vocabulary["horeca"]])
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    topics_before = Topic.objects.count()

    chosen = [vocabulary["horeca"], vocabulary["fgm"], vocabulary["romania"]]
    response = chief_client.post(url, change_form_data(chief_client, url, topics=topic_pks(*chosen)))

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert sorted(obj.topics.all(), key=lambda topic: topic.pk) == sorted(chosen, key=lambda topic: topic.pk)
    assert Topic.objects.count() == topics_before

    # And none at all, when every pick is removed.
    response = chief_client.post(url, change_form_data(chief_client, url, topics=[]))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert list(obj.topics.all()) == []


def test_an_existing_link_to_an_unapproved_topic_is_kept_on_save(editor_client, vocabulary):
    article = make_article(title="Oud artikel", topics=[vocabulary["vodoo"], vocabulary["voodoo"]])
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(editor_client, url, title="Oud artikel, herzien")
    assert sorted(data["topics"]) == sorted(topic_pks(vocabulary["vodoo"], vocabulary["voodoo"]))

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title == "Oud artikel, herzien"
    assert set(article.topics.all()) == {vocabulary["vodoo"], vocabulary["voodoo"]}
    assert not Topic.objects.get(pk=vocabulary["vodoo"].pk).approved


def test_an_english_user_reads_the_groups_in_english(editor_client, vocabulary):
    response = editor_client.get(
        reverse(AUTOCOMPLETE),
        {"term": "FGM", "app_label": "articles", "model_name": "article", "field_name": "topics"},
        headers={"accept-language": "en"},
    )
    assert offered(response) == [("Theme", ["Meisjesbesnijdenis (Female genital mutilation)"])]
