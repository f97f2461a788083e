import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    # The contact form's rate limit counts in the cache; each test starts afresh.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def queries_do_not_grow(client, django_assert_max_num_queries):
    """A page's query count pinned: ``queries_do_not_grow(url, params, at_most=n, grow=add_many)``.

    Asks the page with what the test made (at most ``n`` queries), calls ``grow()`` to add many more
    rows, then asks again and fails if that takes more queries than the first time. Returns the
    second response.
    """

    def check(url, params=None, *, at_most, grow):
        with django_assert_max_num_queries(at_most) as few:
            client.get(url, params)
        grow()
        with django_assert_max_num_queries(len(few.captured_queries)):
            return client.get(url, params)

    return check
