"""The layers import downwards only: the import-linter contracts in pyproject.toml ([tool.importlinter]).

core <- topics, editors <- articles, projects <- partners <- search <- site, contact, demo <- urls.
A failure names the upward import and the line it is on.
"""

from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_imports_follow_the_layers():
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0
