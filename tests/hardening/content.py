"""Content for the hardening tests: one of everything a public page can show."""

import itertools

from django.core.files.base import ContentFile
from django.utils import timezone

from articles.models import Article, ArticleType, Attachment, Status
from ckm_portal.topics.models import Topic, TopicKind
from partners.models import Partner, PartnerKind, Scope
from projects.models import Project

_serial = itertools.count(1)


def make_content(text="Loverboys en uitbuiting"):
    """A theme, a country, a published article with an attachment, a partner and a project, all titled ``text``."""
    n = next(_serial)
    theme = Topic.objects.create(name=f"{text} {n}", name_en=text, slug=f"theme-{n}", kind=TopicKind.THEME,
                                 description_nl=text, description_en=text, aliases=[text])  # fmt: skip
    country = Topic.objects.create(name=f"{text} land {n}", slug=f"country-{n}", kind=TopicKind.COUNTRY,
                                   iso_code=f"Q{chr(ord('A') + n % 26)}", description_nl=text)  # fmt: skip
    article = Article.objects.create(
        title=text, slug=f"article-{n}", summary=text, body=f"<p>{text}</p>", source_name=text, authors=text,
        source_url=f"javascript:window.__xss={n}",
        article_type=ArticleType.CASE_LAW, court=text, status=Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(days=1),
    )  # fmt: skip
    article.topics.add(theme, country)
    Attachment.objects.create(article=article, title=text, file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="bijlage.pdf"))
    partner = Partner.objects.create(name=f"{text} {n}", slug=f"partner-{n}", kind=PartnerKind.NGO,
                                     scope=Scope.NATIONAL, description_nl=text, description_en=text,
                                     website=f" JavaScript:window.__xss={n}")  # fmt: skip
    partner.topics.add(theme)
    project = Project.objects.create(title=text, slug=f"project-{n}", summary=text, description=text, results=text)
    project.topics.add(theme, country)
    project.partners.add(partner)
    project.related_articles.add(article)
    return {"theme": theme, "country": country, "article": article, "partner": partner, "project": project}
