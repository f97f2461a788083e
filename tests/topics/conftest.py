import pytest
from django.core.cache import cache

# The search corpus (topics with aliases, articles in both languages) and the editorial roles.
from tests.admin.fixtures import chief_client, chief_editor, editor, editor_client  # noqa: F401
from tests.search.conftest import corpus, topics  # noqa: F401


@pytest.fixture(autouse=True)
def empty_cache():
    # Topic statistics are cached per worker; each test starts without them.
    cache.clear()
    yield
    cache.clear()
