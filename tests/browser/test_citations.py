"""The JSON-LD data block of an article page under the site's CSP (script-src 'self'), in Chromium.

A <script type="application/ld+json"> is a data block: the browser never runs it, so the CSP's
script-src, which governs what runs, has nothing to refuse and reports nothing.
"""

import json

import pytest

from articles.models import ArticleType
from tests.factories import make_published_article
from tests.support.browser import watch_console

pytestmark = [pytest.mark.browser, pytest.mark.server]

# Every violation the page reports, gathered before any of its own markup is parsed.
VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def test_json_ld_block_causes_no_csp_violation(live_server, page):
    article = make_published_article(
        "</script><script>window.injected = true</script>",
        article_type=ArticleType.CASE_LAW,
        court="Hoge Raad",
        ecli="ECLI:NL:HR:2015:472",
    )
    errors = watch_console(page)
    page.add_init_script(VIOLATIONS)
    response = page.goto(live_server.url + article.get_absolute_url())
    assert "script-src 'self'" in response.headers["content-security-policy"]

    blocks = page.eval_on_selector_all('script[type="application/ld+json"]', "nodes => nodes.map(n => n.textContent)")
    assert [json.loads(block)["name"] for block in blocks] == [article.title]
    assert page.evaluate("window.injected") is None  # the title closed no script
    assert page.evaluate("window.cspViolations") == []
    assert errors == []

    # The listener does hear the CSP: an inline script that would run is refused and reported.
    page.evaluate("""() => {
      const script = document.createElement("script");
      script.textContent = "window.ran = true";
      document.body.append(script);
    }""")
    page.wait_for_function("window.cspViolations.length > 0")
    assert page.evaluate("window.ran") is None
    assert page.evaluate("window.cspViolations")[0].startswith("script-src")
