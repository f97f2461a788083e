import pytest
from django.core.cache import cache

from tests.pages.conftest import nigeria, voodoo  # noqa: F401


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()
