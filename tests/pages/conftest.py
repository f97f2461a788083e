import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    # The contact form's rate limit counts in the cache; each test starts afresh.
    cache.clear()
    yield
    cache.clear()
