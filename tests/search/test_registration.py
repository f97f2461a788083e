"""Search finds the models it keeps topic copies for by their mark, not by importing them."""

from articles.models import Article
from ckm_portal.core.search_fields import is_searchable, searchable_models
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project


def test_the_searchable_models_are_those_that_say_so():
    assert set(searchable_models()) == {Article, Partner, Project}
    assert not is_searchable(Topic)
    # simple_history's copies carry the fields, not the mark: their rows are never refreshed.
    assert not is_searchable(Article.history.model)
