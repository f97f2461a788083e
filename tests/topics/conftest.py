import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    # Topic statistics are cached per worker; each test starts without them.
    cache.clear()
    yield
    cache.clear()
