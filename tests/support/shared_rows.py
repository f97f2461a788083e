"""Rows that the tests of one module share: built once, each test still starting from them untouched.

Building the search corpus for every test that reads it was a large part of the fast suite's time.
``SharedRows`` builds it once and keeps it inside a transaction that is never committed, as
Django's ``TestCase.setUpTestData`` does: each test runs in a savepoint inside that transaction
(pytest-django's ``db``), so whatever a test writes is rolled back before the next one.

The rows come in layers, each built on the ones before it (the topics, then the corpus tagged with
them), each behind a savepoint of its own. Before every test, ``prepare`` keeps as many layers as
the test asks for and rolls back the rest: a test that asks for no layer, or must commit what it
sees (``transaction=True``, servers), finds the database as bare as ever. Such a test that still
asks for a layer gets it built in its own transaction, as before.
"""

import copy

from django.db import transaction


class SharedRows:
    def __init__(self, db_blocker, **builders):
        """``builders``: the layers in order, each a function of the layers before it, by name."""
        self.db_blocker = db_blocker
        self.builders = builders
        self.outer = None
        self.built = {}  # name: (what the builder returned, the savepoint taken before building it)

    def prepare(self, wanted):
        """Keep (or build) the layers named in ``wanted`` and those before them, no more; before the test begins."""
        names = list(self.builders)
        depth = max((names.index(name) + 1 for name in wanted), default=0)
        with self.db_blocker.unblock():
            for name in reversed(names[depth:]):
                if name in self.built:
                    savepoint = self.built.pop(name)[1]
                    transaction.savepoint_rollback(savepoint)
                    transaction.savepoint_commit(savepoint)
            if depth == 0:
                self.close()
                return
            if self.outer is None:
                self.outer = transaction.atomic()
                self.outer.__enter__()
            for name in names[:depth]:
                if name not in self.built:
                    savepoint = transaction.savepoint()
                    self.built[name] = (self.builders[name](**self.layers()), savepoint)

    def layers(self):
        return {name: value for name, (value, _) in self.built.items()}

    def get(self, name, **earlier_layers):
        """A test's own copy of the layer (a test may change the objects); built now if it is not kept."""
        if name in self.built:
            return copy.deepcopy(self.built[name][0])
        return self.builders[name](**earlier_layers)

    def close(self):
        """Roll back every kept layer; the next test that asks for one builds it again."""
        if self.outer is None:
            return
        with self.db_blocker.unblock():
            self.built.clear()
            transaction.set_rollback(True)
            self.outer.__exit__(None, None, None)
            self.outer = None
