"""Every change is recorded (who, when, what) and an old version can be restored from the admin.

Topics are not versioned: a restore brings back the fields and keeps the topics as they are now
(see the README, "For editors").
"""

import pytest
from django.urls import reverse

from articles.models import Status
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project
from tests.factories import make_article, make_partner, make_project

pytestmark = pytest.mark.django_db


def restore_url(obj, version):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, version.history_id])


def restore_post_data(client, obj, version):
    """The restore form as the admin renders it for that version, posted back unchanged."""
    response = client.get(restore_url(obj, version))
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = field.widget.format_value(value) if hasattr(field.widget, "format_value") else value
    for prefix in ["attachments"]:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    return {key: value for key, value in data.items() if value is not None}


def test_an_article_restores_an_old_version_of_its_fields_and_keeps_its_topics(chief_client, chief_editor):
    voodoo = Topic.objects.create(name="Voodoo", slug="voodoo", kind="theme")
    article = make_article(title="Eerste titel", summary="Eerste samenvatting", body="<p>eerste</p>", topics=[voodoo])
    first = article.history.earliest()
    article.title, article.summary, article.body = "Tweede titel", "Tweede", "<p>tweede</p>"
    article.save()
    assert article.history.count() == 2

    # The history page lists the versions with who changed what.
    history = chief_client.get(reverse("admin:articles_article_history", args=[article.pk]))
    assert history.status_code == 200
    assert "Eerste titel" in history.text or "Tweede titel" in history.text

    response = chief_client.post(restore_url(article, first), restore_post_data(chief_client, article, first))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert (article.title, article.summary, article.body) == ("Eerste titel", "Eerste samenvatting", "<p>eerste</p>")
    assert list(article.topics.all()) == [voodoo]
    latest = article.history.latest()
    assert latest.history_user == chief_editor
    assert latest.history_type == "~"


def test_restoring_an_old_published_version_is_the_publication_rule_again(editor_client):
    article = make_article(status=Status.PUBLISHED, title="Gepubliceerd")
    published_version = article.history.latest()
    article.status = Status.DRAFT
    article.title = "Terug naar concept"
    article.save()
    # The editor may edit the draft, but restoring the published version would publish it.
    response = editor_client.get(restore_url(article, published_version))
    assert response.status_code == 200
    assert [value for value, _ in response.context["adminform"].form.fields["status"].choices] == ["draft", "review"]
    data = restore_post_data(editor_client, article, published_version)
    data["status"] = "published"
    response = editor_client.post(restore_url(article, published_version), data)
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert article.title == "Terug naar concept"


def test_viewing_history_does_not_allow_restoring(editor_client, chief_client):
    partner = make_partner("Fier", slug="fier")
    first = partner.history.earliest()
    partner.name = "Fier Fryslân"
    partner.save()
    # Editors may look at a partner's history but not restore it.
    assert editor_client.get(restore_url(partner, first)).status_code == 200
    response = editor_client.post(restore_url(partner, first), restore_post_data(editor_client, partner, first))
    assert response.status_code == 403
    assert Partner.objects.get(pk=partner.pk).name == "Fier Fryslân"
    response = chief_client.post(restore_url(partner, first), restore_post_data(chief_client, partner, first))
    assert response.status_code == 302
    assert Partner.objects.get(pk=partner.pk).name == "Fier"


def test_a_project_restores_its_description(chief_client):
    project = make_project("Terugkeer", slug="terugkeer", description="<p>oud</p>")
    first = project.history.earliest()
    project.description = "<p>nieuw</p>"
    project.save()
    response = chief_client.post(restore_url(project, first), restore_post_data(chief_client, project, first))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Project.objects.get(pk=project.pk).description == "<p>oud</p>"
