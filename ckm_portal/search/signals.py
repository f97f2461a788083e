"""Keep ``topic_text`` (the topic names a row's search vector includes) and ``topic_ids`` current.

Topics live in the tag table, which a generated column cannot read, so every
searchable model keeps a copy of its topics' names, English names and aliases.
Articles also keep their topic ids, which the search facets count (the tag
table holds several links per article; joining them for 40,000 matches was
most of a common term's search time).
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

Queryset ``update()`` and ``bulk_create()`` on topics or tag links send no
signals; code that uses them calls ``refresh_topic_text`` itself.
"""

import threading

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.aggregates import ArrayAgg, StringAgg
from django.contrib.postgres.fields import ArrayField
from django.db.models import F, Func, IntegerField, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from articles.models import Article
from ckm_portal.topics.models import TaggedTopic, Topic
from ckm_portal.topics.services import topics_merged
from partners.models import Partner
from projects.models import Project

SEARCHABLE_MODELS = (Article, Project, Partner)
NAME_FIELDS = ("name", "name_en", "aliases")

# Topics being deleted in this thread: their cascade of link deletes is handled in one go.
_deleting = threading.local()


def _deleting_topics():
    if not hasattr(_deleting, "pks"):
        _deleting.pks = set()
    return _deleting.pks


def topic_names():
    """Name, English name and aliases of a link's topic, as one text."""
    aliases = Func(F("tag__aliases"), Value(" "), function="array_to_string", output_field=TextField())
    return Concat(F("tag__name"), Value(" "), F("tag__name_en"), Value(" "), aliases, output_field=TextField())


def _links_of_outer_row(model):
    return TaggedTopic.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id=OuterRef("pk")
    ).values("object_id")


def topic_text_of(model):
    """A subquery: the topic names of the outer ``model`` row, or "" when it has none."""
    links = _links_of_outer_row(model).annotate(text=StringAgg(topic_names(), " | ", order_by="tag__name"))
    return Coalesce(Subquery(links.values("text")), Value(""))


def topic_ids_of(model):
    """A subquery: the topic ids of the outer ``model`` row, in order, or an empty array."""
    links = _links_of_outer_row(model).annotate(ids=ArrayAgg("tag_id", order_by="tag_id"))
    return Coalesce(Subquery(links.values("ids")), Value([]), output_field=ArrayField(IntegerField()))


# Each copy of its topics a searchable row may keep, and the subquery that computes it.
COPIES = {"topic_text": topic_text_of, "topic_ids": topic_ids_of}


def copy_fields(model):
    """The copies of its topics that ``model`` keeps: ``topic_text``, and ``topic_ids`` where it has one."""
    names = {field.name for field in model._meta.concrete_fields}
    return [name for name in COPIES if name in names]


def refresh_topic_text(model, pks=None, topic=None):
    """Recompute the topic copies of ``model`` rows with the given pks, or of every row tagged with ``topic``."""
    rows = model._default_manager.all()
    if pks is not None:
        rows = rows.filter(pk__in=list(pks))
    if topic is not None:
        tagged = TaggedTopic.objects.filter(tag=topic, content_type=ContentType.objects.get_for_model(model))
        rows = rows.filter(pk__in=tagged.values("object_id"))
    return rows.update(**{name: COPIES[name](model) for name in copy_fields(model)})


def _reread_copies(model, instance):
    """Bring the instance's topic copies up to the stored ones (if the row still exists)."""
    fields = copy_fields(model)
    current = model._default_manager.filter(pk=instance.pk).values_list(*fields).first()
    if current is not None:
        for name, value in zip(fields, current, strict=True):
            setattr(instance, name, value)


def _searchable(model):
    return model in SEARCHABLE_MODELS


@receiver(post_save, sender=TaggedTopic)
@receiver(post_delete, sender=TaggedTopic)
def tag_link_changed(sender, instance, **kwargs):
    if instance.tag_id in _deleting_topics():
        return
    model = instance.content_type.model_class()
    if _searchable(model):
        refresh_topic_text(model, pks=[instance.object_id])


@receiver(m2m_changed, sender=TaggedTopic)
def tags_changed(sender, instance, action, **kwargs):
    # The links themselves were saved or deleted above; this only brings the
    # instance in memory up to date, so code that goes on using it sees the new text.
    if action in {"post_add", "post_remove", "post_clear"} and _searchable(type(instance)):
        _reread_copies(type(instance), instance)


@receiver(pre_save, sender=Article)
@receiver(pre_save, sender=Project)
@receiver(pre_save, sender=Partner)
def reread_topic_text(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not COPIES.keys() & set(update_fields):
        return
    _reread_copies(sender, instance)


def _names(topic):
    return tuple(topic.__dict__.get(field) for field in NAME_FIELDS)


@receiver(pre_save, sender=Topic)
def remember_stored_names(sender, instance, raw=False, **kwargs):
    # Read at save time (one query), not kept from loading: pages load many topics and save none.
    if raw or instance._state.adding:
        return
    instance._stored_names = sender._default_manager.filter(pk=instance.pk).values_list(*NAME_FIELDS).first()


@receiver(post_save, sender=Topic)
def topic_renamed(sender, instance, created, raw=False, **kwargs):
    if created or raw or _names(instance) == getattr(instance, "_stored_names", None):
        return
    for model in SEARCHABLE_MODELS:
        refresh_topic_text(model, topic=instance)


@receiver(topics_merged)
def topics_were_merged(sender, survivor, **kwargs):
    for model in SEARCHABLE_MODELS:
        refresh_topic_text(model, topic=survivor)


@receiver(pre_delete, sender=Topic)
def topic_deleting(sender, instance, **kwargs):
    tagged = {}
    for content_type_id, object_id in instance.tagged_items.values_list("content_type_id", "object_id"):
        tagged.setdefault(content_type_id, []).append(object_id)
    instance._search_tagged = tagged
    _deleting_topics().add(instance.pk)


@receiver(post_delete, sender=Topic)
def topic_deleted(sender, instance, **kwargs):
    _deleting_topics().discard(instance.pk)
    for content_type_id, pks in getattr(instance, "_search_tagged", {}).items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if _searchable(model):
            refresh_topic_text(model, pks=pks)
