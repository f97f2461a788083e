"""The OpenAPI description is valid, and it describes the API that answers."""

import pytest
from openapi_spec_validator import validate

from articles.filters import ArticleFilterSet

pytestmark = pytest.mark.django_db

DOCUMENT = "/api/v1/openapi.json"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_document_is_valid_openapi(client, language):
    document = client.get(DOCUMENT, headers={"Accept-Language": language}).json()
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_the_document_names_every_parameter_the_list_takes(client):
    # The filters come from the article list's FilterSet; q and page are the API's own.
    document = client.get(DOCUMENT).json()
    taken = {
        parameter["name"] for parameter in document["paths"]["/articles/"]["get"]["parameters"] if "name" in parameter
    }
    assert taken == {*ArticleFilterSet.base_filters, "q", "page"}


def test_every_described_path_answers(client, corpus):
    document = client.get(DOCUMENT).json()
    server = document["servers"][0]["url"]
    assert server == "http://testserver/api/v1"
    for path in document["paths"]:
        url = server + path.replace("{slug}", "voodoo-eed")
        assert client.get(url).status_code == 200, url


def test_the_documentation_page_in_both_languages(client):
    dutch = client.get("/api/")
    assert dutch.status_code == 200
    assert '<html lang="nl">' in dutch.content.decode()
    assert "API voor partnersites" in dutch.content.decode()
    assert "<code>year_from</code>" in dutch.content.decode()
    english = client.get("/en/api/").content.decode()
    assert "API for partner sites" in english and '<html lang="en">' in english
    assert 'href="http://testserver/api/v1/openapi.json"' in english
