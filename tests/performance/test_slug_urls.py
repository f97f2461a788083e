"""slug_url gives what reverse() gives, in every language and under a script prefix."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from ckm_portal.core.slug_urls import slug_url

NAMES = ["articles:detail", "topics:detail", "topics:country"]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_same_as_reverse(name, language):
    with translation.override(language):
        for slug in ["voodoo", "a-b_c-1", "slug-placeholder-0"]:
            assert slug_url(name, slug) == reverse(name, kwargs={"slug": slug})


def test_script_prefix_is_kept_apart():
    set_script_prefix("/portaal/")
    try:
        assert slug_url("topics:detail", "voodoo") == "/portaal/onderwerpen/voodoo/"
    finally:
        set_script_prefix("/")
    assert slug_url("topics:detail", "voodoo") == "/onderwerpen/voodoo/"


@pytest.mark.parametrize("slug", ["", "met spatie", "a/b", "ë"])
def test_a_slug_the_url_refuses_still_fails(slug):
    with pytest.raises(NoReverseMatch):
        slug_url("articles:detail", slug)
