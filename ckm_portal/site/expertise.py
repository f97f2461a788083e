"""The expertise map: for every theme and origin country, the articles, projects and partners on both.

A fixed number of grouped queries whatever the number of topics or articles: one for the topics,
one self-join of the topic links for the article counts, one for the projects' links, one for the
partners' expertise and one each for the projects' and partners' names. The result is kept a few
minutes like the topic counts, and a merge of topics clears it (see
docs/decisions/0011-expertise-map-cache.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, cast

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connections, router
from django.utils.functional import Promise

from articles.models import Article
from ckm_portal.site.selectors import TOPIC_STATISTICS_CACHE_SECONDS
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind
from ckm_portal.topics.services import EXPERTISE_MAP_KEY
from partners.models import Partner
from partners.selectors import partner_expertise
from projects.models import Project

# The rows: what the knowledge is about. Countries are the columns; sectors and keywords stay out.
ROW_KINDS = (TopicKind.THEME, TopicKind.EXPLOITATION)

Pair = tuple[int, int]

# Published articles tagged with a row topic and a column topic, counted per pair.
ARTICLE_PAIRS_SQL = """SELECT theme.tag_id, country.tag_id, COUNT(*)
FROM {tagged} AS theme
JOIN {tagged} AS country ON country.content_type_id = theme.content_type_id AND country.object_id = theme.object_id
WHERE theme.content_type_id = %s AND theme.tag_id = ANY(%s) AND country.tag_id = ANY(%s)
AND theme.object_id IN ({published})
GROUP BY theme.tag_id, country.tag_id"""


@dataclass
class Cell:
    theme: Topic
    country: Topic
    articles: int = 0
    projects: list[Project] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.articles or self.projects or self.partners)


@dataclass
class ExpertiseMap:
    countries: list[Topic]
    # (kind, label, [(theme, one cell per country)]), in the order of ROW_KINDS.
    groups: list[tuple[str, str | Promise, list[tuple[Topic, list[Cell]]]]]


def article_pair_counts(theme_ids: list[int], country_ids: list[int]) -> dict[Pair, int]:
    """Published articles per (theme id, country id), in one grouped query."""
    published, published_params = Article.objects.published().values("pk").query.sql_with_params()
    # A public read: on a replica when there is one, like the ORM's queries of this page.
    connection = connections[router.db_for_read(TaggedTopic)]
    sql = ARTICLE_PAIRS_SQL.format(tagged=connection.ops.quote_name(TaggedTopic._meta.db_table), published=published)
    params = [ContentType.objects.get_for_model(Article).pk, theme_ids, country_ids, *published_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {(theme, country): count for theme, country, count in cursor.fetchall()}


def pairs_by_object(links: set[Pair], theme_ids: set[int], country_ids: set[int]) -> dict[Pair, list[int]]:
    """``{(theme id, country id): [object ids]}`` from ``(object id, topic id)`` links."""
    themes: dict[int, set[int]] = defaultdict(set)
    countries: dict[int, set[int]] = defaultdict(set)
    for object_id, topic_id in links:
        if topic_id in theme_ids:
            themes[object_id].add(topic_id)
        elif topic_id in country_ids:
            countries[object_id].add(topic_id)
    pairs: dict[Pair, list[int]] = defaultdict(list)
    for object_id in themes.keys() & countries.keys():
        for theme in themes[object_id]:
            for country in countries[object_id]:
                pairs[theme, country].append(object_id)
    return dict(pairs)


def expertise_data() -> dict[str, Any]:
    """The map's rows from the database, kept a few minutes: topics, counts and names, no labels."""

    def compute() -> dict[str, Any]:
        topics = list(Topic.objects.public().filter(kind__in=[*ROW_KINDS, TopicKind.COUNTRY]))
        theme_ids = {topic.pk for topic in topics if topic.kind != TopicKind.COUNTRY}
        country_ids = {topic.pk for topic in topics if topic.kind == TopicKind.COUNTRY}
        ids = [*theme_ids, *country_ids]
        project_links = set(Project.objects.filter(topics__in=ids).values_list("pk", "topics").order_by())
        projects = pairs_by_object(project_links, theme_ids, country_ids)
        partners = pairs_by_object(partner_expertise(ids), theme_ids, country_ids)
        project_ids = {pk for pks in projects.values() for pk in pks}
        partner_ids = {pk for pks in partners.values() for pk in pks}
        return {
            "topics": topics,
            "articles": article_pair_counts(sorted(theme_ids), sorted(country_ids)),
            "projects": projects,
            "partners": partners,
            "project_rows": {p.pk: p for p in Project.objects.filter(pk__in=project_ids).only("title", "slug")},
            "partner_rows": {p.pk: p for p in Partner.objects.filter(pk__in=partner_ids).only("name", "slug")},
        }

    return cast(dict[str, Any], cache.get_or_set(EXPERTISE_MAP_KEY, compute, TOPIC_STATISTICS_CACHE_SECONDS))


def expertise_map() -> ExpertiseMap:
    """Themes and forms of exploitation by origin country; topics and countries without any content left out."""
    data = expertise_data()
    cells: dict[Pair, Cell] = {}
    by_id = {topic.pk: topic for topic in data["topics"]}
    for theme, country in {*data["articles"], *data["projects"], *data["partners"]}:
        cells[theme, country] = Cell(
            theme=by_id[theme],
            country=by_id[country],
            articles=data["articles"].get((theme, country), 0),
            projects=sorted(
                (data["project_rows"][pk] for pk in data["projects"].get((theme, country), [])),
                key=lambda project: project.title.casefold(),
            ),
            partners=sorted(
                (data["partner_rows"][pk] for pk in data["partners"].get((theme, country), [])),
                key=lambda partner: partner.name.casefold(),
            ),
        )
    used = {pk for pair in cells for pk in pair}

    def by_name(topic: Topic) -> str:
        return str(topic.display_name).casefold()

    countries = sorted((t for t in data["topics"] if t.kind == TopicKind.COUNTRY and t.pk in used), key=by_name)
    groups: list[tuple[str, str | Promise, list[tuple[Topic, list[Cell]]]]] = []
    for kind, label in TopicKind.choices:
        if kind not in ROW_KINDS:
            continue
        themes = sorted((t for t in data["topics"] if t.kind == kind and t.pk in used), key=by_name)
        rows = [
            (theme, [cells.get((theme.pk, country.pk)) or Cell(theme, country) for country in countries])
            for theme in themes
        ]
        if rows:
            groups.append((kind, label, rows))
    return ExpertiseMap(countries=countries, groups=groups)
