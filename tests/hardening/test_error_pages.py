"""The portal's own error pages: in its style, with the right status, and without a database for 500/503."""

import pytest
from django.db import OperationalError
from django.test import RequestFactory
from django.views.defaults import server_error

from ckm_portal.core.middleware import DatabaseUnavailableMiddleware


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "text"), [("/bestaat-niet/", "Page not found"), ("/en/does-not-exist/", "Page not found")]
)
def test_not_found_uses_the_site_layout(client, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert 'class="site-header"' in response.text
    assert "Content-Security-Policy" in response.headers


# No django_db mark: any database access in these two would raise.
def test_server_error_page_renders_without_request_context_or_database():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert 'class="site-header"' in response.content.decode()


def test_database_errors_become_a_503_with_retry_after():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    response = middleware.process_exception(RequestFactory().get("/"), OperationalError("server closed"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert middleware.process_exception(RequestFactory().get("/"), ValueError("a bug")) is None
