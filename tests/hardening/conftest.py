import pytest

from tests.factories import make_content


@pytest.fixture
def content(db):
    return make_content()
