"""The test suite's own rules: helpers come from tests/factories.py and tests/support/, never from
another test module, a conftest or bench/; tests that start servers or browsers carry their marker."""

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def imported_modules(path):
    """Absolute names of the modules ``path`` imports (relative imports resolved inside tests/)."""
    package = ".".join(path.relative_to(TESTS.parent).parent.parts)
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            yield base
            # `from tests.pages import conftest` names the module in the alias.
            yield from (f"{base}.{alias.name}" for alias in node.names)


def forbidden(module):
    last = module.rsplit(".", 1)[-1]
    if module == "bench" or module.startswith("bench."):
        return "bench/ (move the piece both need to tests/support/)"
    if module.startswith("tests.") and (last == "conftest" or last.startswith("test_")):
        return "a conftest or test module (fixtures are found by pytest; helpers go to tests/factories.py or support)"
    return None


def python_files():
    return sorted(path for path in TESTS.rglob("*.py") if "__pycache__" not in path.parts)


def test_no_module_under_tests_imports_a_test_module_a_conftest_or_bench():
    offences = [
        f"{path.relative_to(TESTS.parent)} imports {module}: {reason}"
        for path in python_files()
        for module in imported_modules(path)
        if (reason := forbidden(module))
    ]
    assert offences == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from tests.search.conftest import make_article", "tests.search.conftest"),
        ("from tests.articles.test_uploads import PDF", "tests.articles.test_uploads"),
        ("from .conftest import corpus", "tests.pages.conftest"),
        ("from tests.pages import conftest", "tests.pages.conftest"),
        ("import bench.loadtest", "bench.loadtest"),
        ("from bench.loadtest import LinkParser", "bench.loadtest"),
    ],
)
def test_the_import_check_catches_each_form(tmp_path, monkeypatch, source, expected):
    # A file placed as tests/pages/test_x.py would be, so relative imports resolve as there.
    folder = tmp_path / "tests" / "pages"
    folder.mkdir(parents=True)
    module = folder / "test_x.py"
    module.write_text(source + "\n")
    monkeypatch.setattr(f"{__name__}.TESTS", tmp_path / "tests")
    found = [name for name in imported_modules(module) if forbidden(name)]
    assert expected in found


def test_the_helpers_modules_are_not_test_modules():
    assert forbidden("tests.factories") is None
    assert forbidden("tests.support.servers") is None


def starts_a_server(path):
    """Whether the module imports the helpers that start gunicorn (or moto's S3 server, or redis-server)."""
    starters = {
        "tests.support.servers": {"gunicorn", "serve"},
        "tests.support.object_storage": {"moto_s3"},
        "tests.support.redis_server": {"redis_server", "RedisServer"},
    }
    return any(
        isinstance(node, ast.ImportFrom)
        and {alias.name for alias in node.names} & starters.get(node.module or "", set())
        for node in ast.walk(ast.parse(path.read_text()))
    )


def test_every_module_that_starts_gunicorn_marks_its_tests_server():
    # The fixtures that start a server or a browser are checked at collection (tests/conftest.py).
    unmarked = [
        str(path.relative_to(TESTS.parent))
        for path in python_files()
        if path.name.startswith("test_") and starts_a_server(path) and "pytest.mark.server" not in path.read_text()
    ]
    assert unmarked == []
