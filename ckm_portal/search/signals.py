"""Keep ``topic_text`` (the topic names a row's search vector includes) and ``topic_ids`` current.

Topics live in the tag table, which a generated column cannot read, so every
searchable model keeps a copy of its topics' names, English names and aliases.
Articles also keep their topic ids, which the search facets count (the tag
table holds several links per article; joining them for a common term's matches
was most of its search time: see docs/decisions/0001-topic-copies.md).
Each refresh is one UPDATE over a set of rows with a correlated subquery, never
a loop over rows in Python:

- a tag added or removed (taggit saves and deletes ``TaggedTopic`` rows one by
  one, and admin inlines do the same): the one tagged row;
- a topic renamed or its aliases edited: every row tagged with it, one UPDATE
  per model;
- a topic deleted: the rows it tagged, one UPDATE per model after the delete
  (the per-link deletes of the cascade are skipped for it);
- a searchable row saved: its copy is re-read first, so an instance that was in
  memory while its tags changed cannot write an old copy back.
- topics merged (``ckm_portal.topics.services.merge_topics``, which moves the
  links with one UPDATE): every row tagged with the surviving topic, one UPDATE
  per model.

- rows written in bulk (the import's batches): their links are written
  first, then ``topic_copies`` reads the copies of the whole batch in one
  query and the insert or update writes them with the rows (the content apps
  reach it through ``ckm_portal.core.search_backend``).

Queryset ``update()`` and ``bulk_create()`` on topics or tag links send no
signals; code that uses them calls ``refresh_topic_text`` itself.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.aggregates import ArrayAgg, StringAgg
from django.contrib.postgres.fields import ArrayField
from django.db.models import F, Func, IntegerField, Model, OuterRef, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from ckm_portal.core.search_fields import is_searchable, searchable_models
from ckm_portal.topics.models import TaggedTopic, Topic
from ckm_portal.topics.services import topics_merged

NAME_FIELDS = ("name", "name_en", "aliases")

# Topics being deleted in this thread: their cascade of link deletes is handled in one go.
_deleting = threading.local()


def _deleting_topics() -> set[int]:
    if not hasattr(_deleting, "pks"):
        _deleting.pks = set()
    pks: set[int] = _deleting.pks
    return pks


def topic_names() -> Concat:
    """Name, English name and aliases of a link's topic, as one text."""
    aliases = Func(F("tag__aliases"), Value(" "), function="array_to_string", output_field=TextField())
    return Concat(F("tag__name"), Value(" "), F("tag__name_en"), Value(" "), aliases, output_field=TextField())


def _links_of(model: type[Model]) -> QuerySet[TaggedTopic]:
    return TaggedTopic.objects.filter(content_type=ContentType.objects.get_for_model(model))


def _links_of_outer_row(model: type[Model]) -> QuerySet[TaggedTopic, dict[str, Any]]:
    return _links_of(model).filter(object_id=OuterRef("pk")).values("object_id")


def topic_text_aggregate() -> StringAgg:
    return StringAgg(topic_names(), " | ", order_by="tag__name")


def topic_ids_aggregate() -> ArrayAgg:
    return ArrayAgg("tag_id", order_by="tag_id")


def topic_text_of(model: type[Model]) -> Coalesce:
    """A subquery: the topic names of the outer ``model`` row, or "" when it has none."""
    links = _links_of_outer_row(model).annotate(text=topic_text_aggregate())
    return Coalesce(Subquery(links.values("text")), Value(""))


def topic_ids_of(model: type[Model]) -> Coalesce:
    """A subquery: the topic ids of the outer ``model`` row, in order, or an empty array."""
    links = _links_of_outer_row(model).annotate(ids=topic_ids_aggregate())
    return Coalesce(Subquery(links.values("ids")), Value([]), output_field=ArrayField(IntegerField()))


# Each copy of its topics a searchable row may keep, the subquery that computes it and the aggregate it uses.
COPIES = {"topic_text": topic_text_of, "topic_ids": topic_ids_of}
AGGREGATES = {"topic_text": topic_text_aggregate, "topic_ids": topic_ids_aggregate}


def copy_fields(model: type[Model]) -> list[str]:
    """The copies of its topics that ``model`` keeps: ``topic_text``, and ``topic_ids`` where it has one."""
    names = {field.name for field in model._meta.concrete_fields}
    return [name for name in COPIES if name in names]


def topic_copies(model: type[Model], pks: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The copies of the rows ``pks`` as values, read from their links in one query.

    For rows about to be written in bulk (the import): their links are written
    first, and each row is then written once, copies included.
    """
    fields = copy_fields(model)
    pks = list(pks)
    # A row without links keeps its fields' defaults, as the Coalesce of the subqueries gives them.
    defaults = [field for field in model._meta.concrete_fields if field.name in fields]
    copies = {pk: {field.name: field.get_default() for field in defaults} for pk in pks}
    linked = _links_of(model).filter(object_id__in=pks).values("object_id")
    for row in linked.annotate(**{name: AGGREGATES[name]() for name in fields}):
        copies[row.pop("object_id")] = row
    return copies


def refresh_topic_text(model: type[Model], pks: Iterable[int] | None = None, topic: Topic | None = None) -> int:
    """Recompute the topic copies of ``model`` rows with the given pks, or of every row tagged with ``topic``."""
    rows = model._default_manager.all()
    if pks is not None:
        rows = rows.filter(pk__in=list(pks))
    if topic is not None:
        tagged = TaggedTopic.objects.filter(tag=topic, content_type=ContentType.objects.get_for_model(model))
        rows = rows.filter(pk__in=tagged.values("object_id"))
    return rows.update(**{name: COPIES[name](model) for name in copy_fields(model)})


def _reread_copies(model: type[Model], instance: Model) -> None:
    """Bring the instance's topic copies up to the stored ones (if the row still exists)."""
    fields = copy_fields(model)
    current = model._default_manager.filter(pk=instance.pk).values_list(*fields).first()
    if current is not None:
        for name, value in zip(fields, current, strict=True):
            setattr(instance, name, value)


@receiver(post_save, sender=TaggedTopic)
@receiver(post_delete, sender=TaggedTopic)
def tag_link_changed(sender: type[TaggedTopic], instance: TaggedTopic, **kwargs: Any) -> None:
    if instance.tag_id in _deleting_topics():
        return
    model = instance.content_type.model_class()
    if model is not None and is_searchable(model):
        refresh_topic_text(model, pks=[instance.object_id])


@receiver(m2m_changed, sender=TaggedTopic)
def tags_changed(sender: type[TaggedTopic], instance: Model, action: str, **kwargs: Any) -> None:
    # The links themselves were saved or deleted above; this only brings the
    # instance in memory up to date, so code that goes on using it sees the new text.
    if action in {"post_add", "post_remove", "post_clear"} and is_searchable(type(instance)):
        _reread_copies(type(instance), instance)


def reread_topic_text(
    sender: type[Model],
    instance: Model,
    update_fields: Iterable[str] | None = None,
    raw: bool = False,
    **kwargs: Any,
) -> None:
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not COPIES.keys() & set(update_fields):
        return
    _reread_copies(sender, instance)


def _names(topic: Topic) -> tuple[Any, ...]:
    return tuple(topic.__dict__.get(field) for field in NAME_FIELDS)


@receiver(pre_save, sender=Topic)
def remember_stored_names(sender: type[Topic], instance: Topic, raw: bool = False, **kwargs: Any) -> None:
    # Read at save time (one query), not kept from loading: pages load many topics and save none.
    if raw or instance._state.adding:
        return
    instance._stored_names = sender._default_manager.filter(pk=instance.pk).values_list(*NAME_FIELDS).first()


@receiver(post_save, sender=Topic)
def topic_renamed(sender: type[Topic], instance: Topic, created: bool, raw: bool = False, **kwargs: Any) -> None:
    if created or raw or _names(instance) == getattr(instance, "_stored_names", None):
        return
    for model in searchable_models():
        refresh_topic_text(model, topic=instance)


@receiver(topics_merged)
def topics_were_merged(sender: Any, survivor: Topic, **kwargs: Any) -> None:
    for model in searchable_models():
        refresh_topic_text(model, topic=survivor)


@receiver(pre_delete, sender=Topic)
def topic_deleting(sender: type[Topic], instance: Topic, **kwargs: Any) -> None:
    tagged: dict[int, list[int]] = {}
    for content_type_id, object_id in instance.tagged_items.values_list("content_type_id", "object_id"):
        tagged.setdefault(content_type_id, []).append(object_id)
    instance._search_tagged = tagged
    _deleting_topics().add(instance.pk)


@receiver(post_delete, sender=Topic)
def topic_deleted(sender: type[Topic], instance: Topic, **kwargs: Any) -> None:
    _deleting_topics().discard(instance.pk)
    for content_type_id, pks in getattr(instance, "_search_tagged", {}).items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and is_searchable(model):
            refresh_topic_text(model, pks=pks)


def connect_searchable_models() -> None:
    """Called from the app's ready(), once every model is loaded."""
    for model in searchable_models():
        pre_save.connect(reread_topic_text, sender=model, dispatch_uid=f"search.reread_topic_text.{model._meta.label}")
