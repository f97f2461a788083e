"""Figures the hardening tests measure, kept in test-artifacts/ (git-ignored) to compare runs."""

import time

from tests.support.servers import ROOT

FIGURES = ROOT / "test-artifacts" / "hardening-figures.txt"


def record_figure(line):
    print(line)
    FIGURES.parent.mkdir(exist_ok=True)
    with FIGURES.open("a") as handle:
        handle.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {line}\n")
