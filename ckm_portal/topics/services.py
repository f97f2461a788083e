"""Changes to the vocabulary that touch more than one topic: merging."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, Min, OuterRef
from django.dispatch import Signal
from django.utils.translation import gettext as _

from ckm_portal.topics.models import TaggedTopic, Topic, TopicSlugRedirect

# Sent (inside the merge's transaction) with ``survivor`` once the links have moved and the
# merged topics are gone. ckm_portal.search refreshes its copies of the topics on it:
# the vocabulary imports no content app, so it cannot refresh them itself.
topics_merged = Signal()


class MergeError(ValueError):
    pass


def merged_aliases(survivor: Topic, merged: Iterable[Topic]) -> list[str]:
    """The survivor's aliases plus every name of the merged topics, once each (whatever the case)."""
    seen = {name.casefold() for name in (survivor.name, survivor.name_en) if name}
    aliases: list[str] = []
    names = [*survivor.aliases, *(name for topic in merged for name in (topic.name, topic.name_en, *topic.aliases))]
    for name in (name.strip() for name in names):
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            aliases.append(name)
    return aliases


# Where the site's topic statistics are cached (ckm_portal.site.selectors; this worker's copy, or Redis's shared one):
# defined here, below the site, so that a merge can clear them.
ARTICLE_COUNTS_KEY = "topics:article_counts"
# The expertise map's themes by origin country (ckm_portal.site.expertise).
EXPERTISE_MAP_KEY = "topics:expertise_map"


def statistics_key(topic_id: int) -> str:
    return f"topics:statistics:{topic_id}"


def statistics_cache_keys(topic_ids: Iterable[int]) -> list[str]:
    return [ARTICLE_COUNTS_KEY, EXPERTISE_MAP_KEY, *(statistics_key(pk) for pk in topic_ids)]


def merge_topics(*, survivor: Topic, merged: Iterable[Topic]) -> Topic:
    """Merge the ``merged`` topics into ``survivor``, in one transaction; returns the survivor.

    Every link of an article, project or partner moves to the survivor (an
    object that already has the survivor keeps its one link), the merged
    topics' names, English names and aliases become aliases of the survivor,
    their slugs (and any old slugs that led to them) redirect to it, and the
    merged topics are deleted. The number of queries grows with the number of
    merged topics, never with the number of links.
    """
    merged = [topic for topic in merged if topic.pk != survivor.pk]
    if not merged:
        raise MergeError(_("Choose at least one topic to merge besides the one that stays."))
    merged_ids = [topic.pk for topic in merged]
    with transaction.atomic():
        # Locked, so a concurrent edit or merge of the same topics waits for this one.
        locked = {
            topic.pk: topic for topic in Topic.objects.select_for_update().filter(pk__in=[survivor.pk, *merged_ids])
        }
        if survivor.pk not in locked or len(locked) != len(merged_ids) + 1:
            raise MergeError(_("One of the topics no longer exists; reload the list and try again."))
        survivor = locked[survivor.pk]
        merged = [locked[pk] for pk in merged_ids]

        links = TaggedTopic.objects.filter(tag_id__in=merged_ids)
        has_survivor = TaggedTopic.objects.filter(
            tag_id=survivor.pk, content_type_id=OuterRef("content_type_id"), object_id=OuterRef("object_id")
        )
        # One link per object moves (update() sends no signals: search is refreshed once, below);
        # the rest, duplicates of a link the object has or gets, go with their topics.
        first_per_object = (
            links.filter(~Exists(has_survivor)).values("content_type_id", "object_id").annotate(first=Min("pk"))
        )
        TaggedTopic.objects.filter(pk__in=first_per_object.values("first")).update(tag_id=survivor.pk)

        survivor.aliases = merged_aliases(survivor, merged)
        Topic.objects.filter(pk=survivor.pk).update(aliases=survivor.aliases)

        TopicSlugRedirect.objects.filter(topic_id__in=merged_ids).update(topic_id=survivor.pk)
        slugs = [topic.slug for topic in merged]
        for topic in merged:
            topic.delete()
        # After the delete: the slugs are free, and the unique old_slug takes them.
        TopicSlugRedirect.objects.record(slugs, survivor)

        topics_merged.send(sender=Topic, survivor=survivor)
    # Counts cached before the merge would show the survivor without the merged links for a few minutes.
    cache.delete_many(statistics_cache_keys([survivor.pk, *merged_ids]))
    return survivor
