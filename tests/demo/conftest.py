from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module (a load takes seconds); returns the summary line.

    It is loaded inside a transaction that is rolled back after the module; each test runs in a
    savepoint inside it, so what one test changes is gone before the next.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            out = StringIO()
            call_command("load_demo", stdout=out)
            yield out.getvalue().strip()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
