"""The one topic vocabulary shared by articles, projects and partners.

Every app tags through ``TaggedTopic``, so "everything on voodoo" or
"everything on Nigeria" is a single join on one table, whatever the model.
"""

from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.managers import _TaggableManager
from taggit.models import CommonGenericTaggedItemBase, TagBase

from ckm_portal.core.editorial import clean_rich_text_fields
from ckm_portal.core.slug_urls import slug_url


class TopicKind(models.TextChoices):
    THEME = "theme", _("Theme")
    EXPLOITATION = "exploitation", _("Form of exploitation")
    SECTOR = "sector", _("Sector")
    COUNTRY = "country", _("Origin country")
    KEYWORD = "keyword", _("Keyword")


class TopicQuerySet(models.QuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)

    def countries(self):
        return self.of_kind(TopicKind.COUNTRY)

    def curated(self):
        """Everything but the free keywords editors add while tagging."""
        return self.exclude(kind=TopicKind.KEYWORD)

    def public(self):
        """Topics a chief editor approved: the only ones with pages, facets and suggestions."""
        return self.filter(approved=True)

    def awaiting_review(self):
        return self.filter(approved=False)

    def by_kind(self):
        """Grouped by kind (subjects, countries, ...), by name within each: how topics are listed everywhere."""
        return self.order_by("kind", "name")


class TopicsManager(_TaggableManager):
    """taggit's manager of an object's topics, which also takes a Prefetch queryset (taggit refuses one).

    The queryset narrows the prefetched topics, e.g. to ``Topic.objects.public()``.
    """

    def get_prefetch_querysets(self, instances, querysets=None):
        prefetch = super().get_prefetch_querysets(instances)
        if querysets:
            (narrowing,) = querysets
            # taggit's query is DISTINCT, and & only combines it with another DISTINCT one.
            prefetch = (prefetch[0] & narrowing.distinct(), *prefetch[1:])
        return prefetch


def listed_topics():
    """Prefetch a list's public topics into each row's ``listed_topics`` (a plain list).

    With ``to_attr`` Django keeps the fetched rows as they are; without it, it
    builds a topics queryset per row to hold them (see docs/decisions/0009-listed-topics-prefetch.md).
    Unapproved keywords stay out: the lists are public pages.
    """
    return Prefetch("topics", queryset=Topic.objects.public(), to_attr="listed_topics")


class TaggedQuerySet(models.QuerySet):
    """The topic queries every model tagged through ``TaggedTopic`` shares (articles, partners, projects)."""

    def for_topic(self, topic):
        return self.filter(topics=topic)

    def with_listing_relations(self):
        return self.prefetch_related(listed_topics())


def in_english():
    return (get_language() or "nl").startswith("en")


class Topic(TagBase):
    # Cleaned on save as an EditorialModel's are; the admin gives them the rich-text editor (articles.admin).
    rich_text_fields = ("introduction_nl", "introduction_en")

    # TagBase.name holds the Dutch name: Dutch is the site's first language and
    # the name editors type when they add a keyword while tagging.
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=TopicKind.choices, default=TopicKind.KEYWORD)
    iso_code = models.CharField(
        _("ISO 3166 code"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. NG for Nigeria."))],
        help_text=_("For origin countries only: the ISO 3166-1 alpha-2 code."),
    )
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    # A topic's dossier: an editorial introduction (rich text) above its material.
    introduction_nl = models.TextField(_("dossier introduction (Dutch)"), blank=True)
    introduction_en = models.TextField(_("dossier introduction (English)"), blank=True)
    aliases = ArrayField(
        models.CharField(max_length=100),
        verbose_name=_("aliases"),
        default=list,
        blank=True,
        help_text=_("Synonyms in either language that search treats as this topic, e.g. FGM."),
    )

    approved = models.BooleanField(
        _("approved"),
        default=True,
        help_text=_("Only approved topics appear on the public site: as pages, facets and suggestions."),
    )
    # The API's Last-Modified for the vocabulary (articles.api).
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["iso_code"], condition=~Q(iso_code=""), name="topic_unique_iso_code"),
            models.CheckConstraint(
                condition=~Q(kind=TopicKind.COUNTRY) | ~Q(iso_code=""),
                name="topic_country_has_iso_code",
                violation_error_message=_("An origin country needs its ISO 3166 code."),
            ),
        ]
        indexes = [models.Index(fields=["kind", "name"], name="topic_kind_name")]

    @property
    def display_name(self):
        return self.name_en if in_english() and self.name_en else self.name

    @property
    def description(self):
        return self.description_en if in_english() and self.description_en else self.description_nl

    @property
    def introduction(self):
        """The dossier introduction in the visitor's language, else the Dutch one (clean HTML)."""
        return self.introduction_en if in_english() and self.introduction_en else self.introduction_nl

    @property
    def is_country(self):
        return self.kind == TopicKind.COUNTRY

    def get_absolute_url(self):
        return slug_url("topics:country" if self.is_country else "topics:detail", self.slug)

    # The topic's feeds live beside its page (/landen/ or /onderwerpen/).
    def get_rss_url(self):
        return slug_url("topics:country_feed_rss" if self.is_country else "topics:feed_rss", self.slug)

    def get_atom_url(self):
        return slug_url("topics:country_feed_atom" if self.is_country else "topics:feed_atom", self.slug)

    def save(self, *args, **kwargs):
        stored_slug = None
        if self.pk is not None and not self._state.adding:
            stored_slug = Topic.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        clean_rich_text_fields(self)
        super().save(*args, **kwargs)
        if stored_slug and stored_slug != self.slug:
            TopicSlugRedirect.objects.record([stored_slug], self)


class TopicSlugRedirectQuerySet(models.QuerySet):
    def record(self, old_slugs, topic):
        """The old slugs now lead to ``topic``; its own current slug never redirects (no loop)."""
        old_slugs = sorted({slug for slug in old_slugs if slug and slug != topic.slug})
        # Two queries, whatever the number: an old slug that led elsewhere now leads here.
        self.filter(Q(old_slug=topic.slug) | Q(old_slug__in=old_slugs)).delete()
        self.bulk_create([self.model(old_slug=slug, topic=topic) for slug in old_slugs])

    def target(self, slug):
        """The public topic an old slug now stands for, or None."""
        redirect = self.filter(old_slug=slug, topic__approved=True).select_related("topic").first()
        return redirect.topic if redirect else None


class TopicSlugRedirect(models.Model):
    """A slug a topic had before (renamed, or merged into it): its old URLs answer 301 to the topic."""

    old_slug = models.SlugField(_("old slug"), max_length=100, unique=True, allow_unicode=True)
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="slug_redirects", verbose_name=_("topic"))
    created = models.DateTimeField(_("created"), auto_now_add=True)

    objects = TopicSlugRedirectQuerySet.as_manager()

    class Meta:
        verbose_name = _("old topic slug")
        verbose_name_plural = _("old topic slugs")

    def __str__(self):
        return self.old_slug


class TaggedTopic(CommonGenericTaggedItemBase):
    # Big integers, as every model's primary key is a BigAutoField.
    object_id = models.BigIntegerField(_("object ID"), db_index=True)
    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("topic"))

    class Meta:
        verbose_name = _("topic link")
        verbose_name_plural = _("topic links")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "tag"], name="tagged_topic_unique"),
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id"], name="tagged_topic_object"),
            models.Index(fields=["tag", "content_type", "object_id"], name="tagged_topic_tag_object"),
        ]
