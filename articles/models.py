from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from articles import identifiers
from articles.validators import validate_pdf
from ckm_portal.core import search_fields as vectors
from ckm_portal.core.editorial import EditorialModel, Language
from ckm_portal.core.sanitize import web_url
from ckm_portal.topics.models import TaggedQuerySet, TaggedTopic, TopicsManager

ECLI_VALIDATOR = RegexValidator(
    r"^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$",
    _("Enter a valid ECLI, e.g. ECLI:NL:RBAMS:2015:1234."),
)


class ArticleType(models.TextChoices):
    NEWS = "news", _("News")
    BACKGROUND = "background", _("Background")
    RESEARCH = "research", _("Research and publications")
    CASE_LAW = "case_law", _("Case law")
    LEGISLATION = "legislation", _("Legislation and policy")
    OPINION = "opinion", _("Opinion")
    BOOK = "book", _("Book")
    EVENT = "event", _("Event")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def editor_link(verbose_name):
    """A link to the staff member who did something to an article; it outlives the account."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
    )


def still_on(now):
    """An event to come or going on: its end (or its start, without an end) is ``now`` or later."""
    return Q(event_end__gte=now) | Q(event_end__isnull=True, event_start__gte=now)


class ArticleQuerySet(TaggedQuerySet):
    def published(self):
        """The one rule for what the public may see: published, and its moment has come."""
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())

    def of_type(self, article_type):
        return self.filter(article_type=article_type)

    def in_language(self, language):
        return self.filter(language=language)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def for_listing(self):
        """Without the long columns a list never shows: the body and the search columns are most of a row."""
        return self.defer("body", "topic_text", "topic_ids", "search_vector", "rank_vector")

    def with_listing_relations(self):
        return super().with_listing_relations().for_listing()

    # Events (the agenda): articles of type event with a start moment.

    def events(self):
        return self.filter(article_type=ArticleType.EVENT, event_start__isnull=False)

    def upcoming_events(self, now=None):
        """Events to come or going on, soonest first."""
        return self.events().filter(still_on(now or timezone.now())).order_by("event_start", "pk")

    def past_events(self, now=None):
        """Events that are over, the latest first: every event is either upcoming or past."""
        return self.events().exclude(still_on(now or timezone.now())).order_by("-event_start", "-pk")

    # The review workflow (articles.services, the admin's review inbox).

    def in_review(self):
        return self.filter(status=Status.REVIEW)

    def scheduled(self):
        """Published with a moment still to come: not public yet."""
        return self.filter(status=Status.PUBLISHED, published_at__gt=timezone.now())

    def sent_back(self):
        """Drafts a chief editor sent back with a note the editor has not acted on yet."""
        return self.filter(status=Status.DRAFT).exclude(review_note="")

    def drafts(self):
        """Drafts still being written: not the ones sent back with a note (those are ``sent_back()``)."""
        return self.filter(status=Status.DRAFT, review_note="")

    def of_editor(self, user):
        """Articles an editor wrote or submitted."""
        return self.filter(Q(created_by=user) | Q(submitted_by=user))

    def with_identifier(self, identifier):
        """The articles carrying an ECLI, DOI or ISBN (or decided by a court in a year): see articles.identifiers."""
        return self.filter(identifier.condition())


class Article(EditorialModel):
    rich_text_fields = ("body",)

    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    article_type = models.CharField(_("type"), max_length=20, choices=ArticleType.choices, default=ArticleType.NEWS)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, default=Language.DUTCH)
    publication_date = models.DateField(
        _("publication date"), null=True, blank=True, help_text=_("When the source itself was published.")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publish moment"),
        null=True,
        blank=True,
        help_text=_("The article goes public at this moment; a moment in the future schedules it."),
    )
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source URL"), max_length=500, blank=True)
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    topics = TaggableManager(through=TaggedTopic, manager=TopicsManager, blank=True, verbose_name=_("topics"))

    # Case law
    court = models.CharField(_("court"), max_length=200, blank=True)
    ecli = models.CharField(_("ECLI"), max_length=64, blank=True, validators=[ECLI_VALIDATOR])
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    # Publications and books
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    # Events
    event_start = models.DateTimeField(_("event starts"), null=True, blank=True)
    event_end = models.DateTimeField(_("event ends"), null=True, blank=True)
    event_place = models.CharField(_("event place"), max_length=200, blank=True)
    # The same article in the other language; articles.services keeps the link on both sides.
    translation = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("translation"),
        help_text=_("The same article in the other language."),
    )

    created_by = editor_link(_("created by"))

    # The review workflow, recorded by articles.services: who submitted the article and when, and
    # the note of the chief editor who last sent it back to draft (cleared at the next submit).
    submitted_by = editor_link(_("submitted for review by"))
    submitted_at = models.DateTimeField(_("submitted for review at"), null=True, blank=True)
    review_note = models.TextField(_("note from the chief editor"), blank=True)
    returned_by = editor_link(_("sent back by"))
    returned_at = models.DateTimeField(_("sent back at"), null=True, blank=True)

    # Search (ckm_portal.search) keeps the topic copies of every model marked searchable.
    searchable = True
    # Title and topics weigh most, then summary, body, source.
    topic_text = vectors.topic_text_field()
    topic_ids = vectors.topic_ids_field()
    search_vector = vectors.stored_vector(vectors.article_vector())
    rank_vector = vectors.stored_vector(vectors.article_rank_vector())

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["topic_text", "topic_ids", "search_vector", "rank_vector"])

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(published_at__isnull=False),
                name="article_published_has_moment",
                violation_error_message=_("A published article needs a publish moment."),
            ),
        ]
        indexes = [
            # The publication rule answered from the index alone (id included): counts and "is it public"
            # semi-joins never read the wide rows (body and search vector).
            models.Index(fields=["status", "-published_at"], include=["id"], name="article_published_ids"),
            models.Index(fields=["article_type", "-published_at"], name="article_type_published"),
            # The list sorted by title (?sort=title): pages in index order, not a sort of every public row.
            models.Index(
                fields=["title", "id"],
                include=["published_at"],
                condition=Q(status=Status.PUBLISHED),
                name="article_published_title",
            ),
            models.Index(fields=["source_url"], name="article_source_url"),
            GinIndex(fields=["search_vector"], name="article_search_vector"),
            # ECLI, DOI, ISBN and court with year, as search looks them up.
            *identifiers.INDEXES,
        ]
        permissions = [("publish_article", _("Can publish and archive articles"))]

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED and self.published_at is not None and self.published_at <= timezone.now()

    def validate_constraints(self, exclude=None):
        # Django builds a whole query for a check constraint before it finds that a field the check reads is
        # excluded, and then skips the check. The import excludes status and moment, so it paid that for
        # nothing on every row (docs/decisions/0014-batched-import.md); such checks are skipped first here.
        excluded = set(exclude or ())
        if all(
            isinstance(constraint, models.CheckConstraint) and constraint.condition.referenced_base_fields & excluded
            for constraint in self._meta.constraints
        ):
            return
        super().validate_constraints(exclude=exclude)

    def normalise(self):
        super().normalise()
        self.source_url = web_url(self.source_url)
        if self.published_at is not None:
            # Stored to the whole second, as the admin's time input shows it: otherwise every
            # save through the form drops the microseconds and records a phantom change.
            self.published_at = self.published_at.replace(microsecond=0)


class KeyDocument(models.Model):
    """An article a chief editor pinned to a topic's dossier, in the order the dossier shows them."""

    topic = models.ForeignKey(
        "topics.Topic", on_delete=models.CASCADE, related_name="key_documents", verbose_name=_("topic")
    )
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+", verbose_name=_("article"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("key document")
        verbose_name_plural = _("key documents")
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["topic", "article"], name="key_document_unique")]

    def __str__(self):
        return str(self.article)


class Attachment(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("PDF file"), upload_to="attachments/%Y/%m/", validators=[validate_pdf], help_text=_("PDF only.")
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        # Several attachments may share a title ("Uitspraak"): the upload order settles theirs.
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # Served by articles.views.attachment, which checks that the article is public; never /media/.
        return reverse(
            "articles:attachment", kwargs={"slug": self.article.slug, "pk": self.pk, "filename": self.filename}
        )

    @property
    def filename(self):
        return PurePosixPath(self.file.name).name
