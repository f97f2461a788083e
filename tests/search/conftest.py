"""A small fixed corpus in Dutch and English that every search test reads."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, ArticleType, Status
from ckm_portal.topics.models import Topic, TopicKind
from partners.models import Partner, PartnerKind, Scope
from projects.models import Project

NOW = timezone.now()


def make_article(slug, title, *, language="nl", topics=(), days_ago=30, status=Status.PUBLISHED, **fields):
    article = Article.objects.create(
        slug=slug,
        title=title,
        language=language,
        status=status,
        published_at=NOW - timedelta(days=days_ago),
        **fields,
    )
    if topics:
        article.topics.add(*topics)
    return article


@pytest.fixture
def topics(db):
    make = Topic.objects.create
    return {
        "forced_marriage": make(
            name="gedwongen huwelijk",
            name_en="forced marriage",
            slug="gedwongen-huwelijk",
            kind=TopicKind.EXPLOITATION,
            aliases=["huwelijksdwang"],
        ),
        "fgm": make(
            name="meisjesbesnijdenis",
            name_en="female genital mutilation",
            slug="meisjesbesnijdenis",
            kind=TopicKind.THEME,
            aliases=["FGM", "vrouwelijke genitale verminking"],
        ),
        "voodoo": make(name="voodoo", name_en="voodoo", slug="voodoo", kind=TopicKind.THEME, aliases=["juju"]),
        "labour": make(
            name="arbeidsuitbuiting",
            name_en="labour exploitation",
            slug="arbeidsuitbuiting",
            kind=TopicKind.EXPLOITATION,
        ),
        "nigeria": make(name="Nigeria", name_en="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG"),
        "romania": make(name="Roemenië", name_en="Romania", slug="roemenie", kind=TopicKind.COUNTRY, iso_code="RO"),
    }


@pytest.fixture
def corpus(topics):
    """Eight published articles, one draft, one scheduled; two projects, two partners."""
    t = topics
    articles = {
        "marriage_nl": make_article(
            "gedwongen-huwelijken",
            "Gedwongen huwelijken in Nederland",
            summary="Hulpverleners zien steeds meer meisjes die tegen hun wil trouwen.",
            body="<p>Een <strong>huwelijk</strong> onder dwang is strafbaar.</p>",
            topics=[t["forced_marriage"]],
            days_ago=400,
        ),
        "marriage_tagged_only": make_article(
            "uithuwelijking-nigeria",
            "Uithuwelijking van minderjarigen",
            summary="Een meisje uit Nigeria vertelt.",
            body="Zij werd op haar vijftiende beloofd aan een oudere man.",
            topics=[t["forced_marriage"], t["nigeria"]],
            article_type=ArticleType.BACKGROUND,
            days_ago=10,
        ),
        "marriage_en": make_article(
            "forced-marriage-uk",
            "Forced marriages in the United Kingdom",
            language="en",
            summary="A report on marriages forced upon young women.",
            body="The Forced Marriage Unit gives advice.",
            article_type=ArticleType.RESEARCH,
            days_ago=20,
        ),
        "fgm_nl": make_article(
            "besnijdenis-voorkomen",
            "Besnijdenis bij meisjes voorkomen",
            summary="Preventie in de jeugdgezondheidszorg.",
            body="Artsen signaleren risico's.",
            topics=[t["fgm"]],
            article_type=ArticleType.BACKGROUND,
            days_ago=50,
        ),
        "voodoo_title": make_article(
            "voodoo-eed",
            "Voodoo-eed houdt slachtoffers stil",
            summary="Slachtoffers uit Nigeria zwijgen uit angst.",
            body="Een ritueel bindt hen aan de schuld.",
            topics=[t["voodoo"], t["nigeria"]],
            article_type=ArticleType.CASE_LAW,
            days_ago=5,
        ),
        "voodoo_body": make_article(
            "uitbuiting-in-de-prostitutie",
            "Uitbuiting in de prostitutie",
            summary="Een overzicht van zaken uit 2019.",
            body="In twee zaken speelde een voodoo ritueel een rol bij de dwang.",
            topics=[t["nigeria"]],
            days_ago=3,
        ),
        "romania": make_article(
            "roemeense-slachtoffers",
            "Arbeidsuitbuiting van werknemers uit Roemenië",
            summary="Uitzendbureaus en de land- en tuinbouw.",
            body="Slachtoffers werkten in kassen.",
            topics=[t["labour"], t["romania"]],
            days_ago=100,
        ),
        "labour_en": make_article(
            "labour-exploitation-en",
            "Labour exploitation in logistics",
            language="en",
            summary="Distribution centres and temp agencies.",
            body="Workers from Romania reported debts.",
            topics=[t["labour"], t["romania"]],
            days_ago=800,
        ),
        "draft": make_article(
            "concept-voodoo", "Voodoo concept", status=Status.DRAFT, topics=[t["voodoo"]], body="voodoo"
        ),
        "scheduled": make_article("toekomstig-voodoo", "Voodoo in de toekomst", days_ago=-5, topics=[t["voodoo"]]),
    }
    project = Project.objects.create(
        slug="terugkeer-nigeria", title="Terugkeer naar Nigeria", summary="Begeleiding bij terugkeer van slachtoffers."
    )
    project.topics.add(t["nigeria"])
    Project.objects.create(slug="e-learning", title="E-learning", summary="Cursus signaleren van mensenhandel.")
    partner = Partner.objects.create(
        slug="fairwork",
        name="FairWork",
        kind=PartnerKind.NGO,
        scope=Scope.NATIONAL,
        description_nl="Komt op voor slachtoffers van arbeidsuitbuiting.",
        description_en="Stands up for victims of labour exploitation.",
    )
    partner.topics.add(t["labour"])
    Partner.objects.create(
        slug="terre-des-hommes", name="Terre des Hommes", kind=PartnerKind.NGO, scope=Scope.INTERNATIONAL
    )
    return articles
