from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from ckm_portal.core import search_fields as vectors
from ckm_portal.core.sanitize import web_url
from ckm_portal.topics.models import TaggedQuerySet, TaggedTopic, TopicsManager


class PartnerKind(models.TextChoices):
    NGO = "ngo", _("NGO")
    GOVERNMENT = "government", _("Government")
    POLICE_JUSTICE = "police_justice", _("Police and justice")
    RESEARCH = "research", _("Research")
    INTERNATIONAL = "international_body", _("International body")
    FUNDER = "funder", _("Funder")
    NETWORK = "network", _("Network or coalition")


class Scope(models.TextChoices):
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")


class PartnerQuerySet(TaggedQuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)

    def coalitions(self):
        return self.filter(kind=PartnerKind.NETWORK)


class Partner(vectors.SearchableModel):
    title_field = "name"

    name = models.CharField(_("name"), max_length=200, unique=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=PartnerKind.choices)
    scope = models.CharField(_("national or international"), max_length=20, choices=Scope.choices)
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2 code of the seat, e.g. NL.")
    )
    website = models.URLField(_("website"), blank=True)
    description_nl = models.TextField(_("description (Dutch)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    topics = TaggableManager(
        through=TaggedTopic, manager=TopicsManager, blank=True, verbose_name=_("topics of expertise")
    )
    coalitions = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="members",
        limit_choices_to={"kind": PartnerKind.NETWORK},
        verbose_name=_("member of coalitions"),
    )

    search_vector = vectors.stored_vector(vectors.partner_vector())

    objects = PartnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]
        indexes = [GinIndex(fields=["search_vector"], name="partner_search_vector")]

    def save(self, *args, **kwargs):
        self.website = web_url(self.website)
        super().save(*args, **kwargs)
