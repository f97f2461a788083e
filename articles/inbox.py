"""The review inbox on the admin index: what waits for whom.

A chief editor sees the articles in review (oldest submission first), the scheduled
ones and the newest published, and the number of topics awaiting approval; an editor
sees what came back to them with a note, their articles in review and their drafts.
Each box is one query (its first few articles with the total counted by a window
function), so the index runs the same number of queries however many articles there
are. The same definitions filter the article list (``?inbox=<box>``, ``InboxFilter``),
where each box's "all N" link leads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, OrderBy, Window
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from articles.models import Article, ArticleQuerySet
from ckm_portal.editors.roles import can_publish
from ckm_portal.topics.models import Topic

#: Articles shown per box; the rest is one click away on the filtered article list.
BOX_SIZE = 5
PARAMETER = "inbox"
# Articles in review: the one waiting longest first (an article with no submission moment before all).
OLDEST_SUBMISSION_FIRST = (F("submitted_at").asc(nulls_first=True), "pk")


@dataclass(frozen=True)
class BoxKind:
    key: str  # also the article list's ?inbox= value
    articles: Callable[[ArticleQuerySet], ArticleQuerySet]  # an ArticleQuerySet method, e.g. in_review
    order: tuple[str | OrderBy, ...]
    title: str | Promise
    empty: str | Promise  # what the box says when it is empty
    for_chief_editors: bool = False

    def select(self, articles: ArticleQuerySet, user: Any) -> ArticleQuerySet:
        """The box's articles: a chief editor's boxes hold everyone's, an editor's only their own."""
        chosen = self.articles(articles)
        return chosen if self.for_chief_editors else chosen.of_editor(user)


# One box a record: key, articles, order, then the title and what the empty box says.
BOX_KINDS = [
    BoxKind("review", ArticleQuerySet.in_review, OLDEST_SUBMISSION_FIRST, for_chief_editors=True,
            title=_("Waiting for review"), empty=_("Nothing waits for review.")),
    BoxKind("scheduled", ArticleQuerySet.scheduled, ("published_at", "pk"), for_chief_editors=True,
            title=_("Scheduled"), empty=_("No article is scheduled.")),
    BoxKind("published", ArticleQuerySet.published, ("-published_at", "-pk"), for_chief_editors=True,
            title=_("Recently published"), empty=_("Nothing published yet.")),
    BoxKind("returned", ArticleQuerySet.sent_back, (F("returned_at").desc(nulls_last=True), "-pk"),
            title=_("Sent back to you"), empty=_("Nothing was sent back to you.")),
    BoxKind("mine_review", ArticleQuerySet.in_review, OLDEST_SUBMISSION_FIRST,
            title=_("Your articles in review"), empty=_("None of your articles is in review.")),
    BoxKind("mine_draft", ArticleQuerySet.drafts, ("-updated_at", "-pk"),
            title=_("Your drafts"), empty=_("You have no drafts.")),
]  # fmt: skip
KINDS_BY_KEY = {kind.key: kind for kind in BOX_KINDS}


@dataclass
class Box:
    kind: BoxKind
    articles: Sequence[Article] = field(default_factory=list)
    total: int = 0

    @property
    def more(self) -> bool:
        return self.total > len(self.articles)

    @property
    def list_url(self) -> str:
        return reverse("admin:articles_article_changelist") + "?" + urlencode({PARAMETER: self.kind.key})


def kinds_for(user: Any) -> list[BoxKind]:
    """The boxes a user sees: a chief editor's, an editor's, or none (no access to articles)."""
    if not user.has_perm("articles.view_article"):
        return []
    chief = can_publish(user)
    return [kind for kind in BOX_KINDS if kind.for_chief_editors == chief]


def review_inbox(user: Any) -> dict[str, Any] | None:
    """The inbox for the admin index, or None for a user without access to articles."""
    kinds = kinds_for(user)
    if not kinds:
        return None
    boxes: list[Box] = []
    for kind in kinds:
        articles = list(
            kind.select(Article.objects.for_listing(), user)
            .select_related("submitted_by", "returned_by")
            .annotate(box_total=Window(Count("pk")))
            .order_by(*kind.order)[:BOX_SIZE]
        )
        boxes.append(Box(kind, articles, articles[0].box_total if articles else 0))
    inbox: dict[str, Any] = {"boxes": boxes}
    if user.has_perm("topics.change_topic"):
        inbox["topics_awaiting_review"] = Topic.objects.awaiting_review().count()
        inbox["topics_url"] = reverse("admin:topics_topic_changelist") + "?approved__exact=0"
    return inbox
