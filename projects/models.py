from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from ckm_portal.core import search_fields as vectors
from ckm_portal.topics.models import TaggedQuerySet, TaggedTopic, TopicsManager


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")


# Newest start first; projects without a start date last (PostgreSQL puts NULLs first in a plain DESC).
NEWEST_FIRST = (F("start_date").desc(nulls_last=True), "title")


class ProjectQuerySet(TaggedQuerySet):
    def newest_first(self):
        return self.order_by(*NEWEST_FIRST)

    def with_status(self, status):
        return self.filter(status=status)

    def featured(self):
        return self.filter(is_featured=True)


class Project(vectors.SearchableModel):
    rich_text_fields = ("description",)

    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(_("description"), blank=True)
    results = models.TextField(_("results"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.RUNNING)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    funders = models.ManyToManyField(
        "partners.Partner", blank=True, related_name="funded_projects", verbose_name=_("funders")
    )
    partners = models.ManyToManyField(
        "partners.Partner", blank=True, related_name="projects", verbose_name=_("partner organisations")
    )
    related_articles = models.ManyToManyField(
        "articles.Article", blank=True, related_name="projects", verbose_name=_("related articles")
    )
    topics = TaggableManager(
        through=TaggedTopic, manager=TopicsManager, blank=True, verbose_name=_("topics and countries")
    )

    search_vector = vectors.stored_vector(vectors.project_vector())

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = NEWEST_FIRST
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="project_ends_after_start",
                violation_error_message=_("A project cannot end before it starts."),
            ),
        ]
        indexes = [GinIndex(fields=["search_vector"], name="project_search_vector")]
