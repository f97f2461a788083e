"""axe-core accessibility checks in the real headless Chromium.

axe-core comes from npm, pinned and vendored into .axe/ by `make test`. Playwright's
add_script_tag(path=...) injects the script inline, which the portal's CSP forbids,
so the check runs in a browser context of its own that bypasses the CSP. The page
under test keeps its strict CSP everywhere else.
"""

import json
from pathlib import Path

AXE_SCRIPT = Path(__file__).resolve().parent.parent.parent / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


def axe_violations(browser, url, *, viewport=None):
    """The serious and critical axe-core violations of the page at ``url`` (WCAG 2.1 A and AA rules)."""
    assert AXE_SCRIPT.exists(), "axe-core is missing: `make axe` (part of `make test`) installs it into .axe/"
    context = browser.new_context(bypass_csp=True, viewport=viewport or {"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(url)
        page.add_script_tag(path=str(AXE_SCRIPT))
        result = page.evaluate(
            """async () => await axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
                resultTypes: ["violations"],
            })"""
        )
    finally:
        context.close()
    return [violation for violation in result["violations"] if violation["impact"] in BLOCKING_IMPACTS]


def describe(violations):
    """A readable summary for assertion messages."""
    return json.dumps(
        [
            {
                "rule": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "nodes": [node["target"] for node in violation["nodes"][:5]],
            }
            for violation in violations
        ],
        indent=2,
    )
