"""From what a user typed to the tsqueries that search runs.

The syntax is PostgreSQL's ``websearch_to_tsquery``: words, "quoted phrases",
OR, and -exclusion. On top of it comes the shared vocabulary: a run of plain
words that names a topic (its Dutch or English name or an alias, whatever the
case or accents) stands for every name of that topic, so "forced marriage" also
finds Dutch texts on "gedwongen huwelijk", and rows tagged with the topic (their
``topic_text`` holds all its names); a name of several words matches its words
anywhere in a row, as the same words typed plainly would (the GIN index checks
that alone, where a phrase needs every candidate's vector read again:
docs/decisions/0012-narrow-search-table.md). Numbers a professional quotes (an ECLI or its
last parts, a court with a year, a DOI, an ISBN) also find the articles carrying
them (``identifier_match``), beside whatever the words match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchQueryCombinable
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.http import QueryDict

from articles.identifiers import Identifier, recognize
from ckm_portal.core.search_fields import DUTCH, ENGLISH
from ckm_portal.search.sql import NAMES_IN_TEXT
from ckm_portal.topics.models import Topic

MAX_LENGTH = 200
# Tokens as websearch_to_tsquery sees them: a (possibly negated) quoted phrase, or a (possibly negated) word.
TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
# Control characters (NUL among them) mean nothing in a query and break PostgreSQL text.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A name shorter than this is too easily a part of ordinary words to stand for a topic.
MIN_NAME_LENGTH = 3
MAX_TOPICS = 5

# A plain token's index and its normalised text.
Plain = list[tuple[int, str]]


def normalize(text: str) -> str:
    """Lower case, no accents, words separated by single spaces: "Roemenië!" -> "roemenie"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", stripped).split())


def clean(raw: str | None) -> tuple[str, bool]:
    """(query, was_cut): control characters removed, whitespace collapsed, at most MAX_LENGTH characters."""
    text = " ".join(CONTROL.sub(" ", raw or "").split())
    if len(text) <= MAX_LENGTH:
        return text, False
    return text[:MAX_LENGTH].rstrip(), True


# The search's own parameters; the rest are article filters.
OWN_PARAMS = ("q", "page", "order")


def clean_params(params: QueryDict) -> QueryDict:
    """A copy of a QueryDict with control characters removed from every value (PostgreSQL refuses NUL)."""
    cleaned = params.copy()
    for name, values in params.lists():
        cleaned.setlist(name, [CONTROL.sub("", value) for value in values])
    return cleaned


@dataclass
class Token:
    text: str
    phrase: bool = False
    negated: bool = False

    @property
    def is_or(self) -> bool:
        return not self.phrase and not self.negated and self.text.lower() == "or"

    @property
    def is_plain(self) -> bool:
        return not self.phrase and not self.negated and not self.is_or


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(text):
        if match.group(2) is not None:
            tokens.append(Token(match.group(2), phrase=True, negated=bool(match.group(1))))
        else:
            tokens.append(Token(match.group(4), negated=bool(match.group(3))))
    return tokens


def named_topics(words: str) -> list[Topic]:
    """Topics one of whose names occurs as whole words in ``words`` (normalised text); one query.

    Each topic comes with ``matched_names``: its normalised names found in the text.
    """
    if not words:
        return []
    # Constant SQL; the user's text is a parameter.
    matched = RawSQL(NAMES_IN_TEXT, (MIN_NAME_LENGTH, f" {words} "))  # noqa: S611
    # Approved topics only: an unapproved keyword neither widens a search nor shows as a topic of it.
    topics = Topic.objects.public().annotate(matched_names=matched).exclude(matched_names=[])
    return list(topics.by_kind()[:50])


@dataclass
class ParsedQuery:
    text: str
    tokens: list[Token] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    # Token index -> the topic those tokens named.
    mentions: dict[int, Topic] = field(default_factory=dict)
    identifiers: list[Identifier] = field(default_factory=list)

    @property
    def uses_or(self) -> bool:
        return any(token.is_or for token in self.tokens)

    @property
    def names_topics_only(self) -> bool:
        """True when every plain word is part of a topic's name ("gedwongen huwelijk", "voodoo nigeria")."""
        plain = [index for index, token in enumerate(self.tokens) if token.is_plain]
        return bool(plain) and all(index in self.mentions for index in plain)

    @property
    def words(self) -> list[str]:
        """The plain words, for spelling suggestions."""
        return [normalize(token.text) for token in self.tokens if token.is_plain and normalize(token.text)]

    @cached_property
    def tsquery(self) -> SearchQueryCombinable:
        """One tsquery for rows in either language, built term by term as websearch_to_tsquery would.

        Each word or phrase is looked up in its Dutch and its English form, each
        topic mention by all the topic's names, and an exclusion excludes both
        forms. The result is a single ``@@`` that the GIN index answers by
        itself, without reading each matching row's vector again.
        """
        groups: list[list[SearchQueryCombinable]] = [[]]  # OR separates groups; terms within a group all have to match
        for index, token in enumerate(self.tokens):
            if token.is_or:
                groups.append([])
            elif index in self.mentions:
                if self._starts_mention(index):
                    groups[-1].append(_topic_query(self.mentions[index], "plain"))
            else:
                groups[-1].append(_term_query(token))
        combined = [_all(group) for group in groups if group]
        # Nothing but OR: an empty tsquery, which matches nothing.
        return _either(combined) if combined else SearchQuery("", config=DUTCH)

    @cached_property
    def rank_terms(self) -> list[RankTerm]:
        """What a row's rank adds up: one term per word, phrase or topic mention searched for (not excluded)."""
        terms = []
        for index, token in enumerate(self.tokens):
            if index in self.mentions:
                if self._starts_mention(index):
                    topic = self.mentions[index]
                    # Ranked by the names as phrases: a title on "gedwongen huwelijk" counts, both words apart do not.
                    terms.append(RankTerm(_topic_query(topic, "phrase"), " ".join(_names(topic)), topic))
            elif token.is_plain or (token.phrase and not token.negated):
                terms.append(RankTerm(_term_query(token), token.text))
        return terms

    def _starts_mention(self, index: int) -> bool:
        """True for the first token of a topic mention (a mention spans one or more tokens)."""
        topic = self.mentions[index]
        return min(i for i, t in self.mentions.items() if t == topic) == index

    def match(self) -> Q:
        """The rows of any searchable model whose search vector matches."""
        return Q(search_vector=self.tsquery)

    def identifier_match(self) -> Q | None:
        """The articles carrying an identifier the query holds, on their indexed columns; None without one."""
        if not self.identifiers:
            return None
        condition = Q()
        for identifier in self.identifiers:
            condition |= identifier.condition()
        return condition

    def article_match(self) -> Q:
        """The articles matching the words, or carrying one of the query's identifiers."""
        identifier = self.identifier_match()
        return self.match() if identifier is None else self.match() | identifier


@dataclass
class RankTerm:
    # What counts as a hit in a row's title or summary.
    query: SearchQueryCombinable
    # The text whose words' rarity weighs the term (see search.models.LexemeWeight).
    text: str
    # For a topic mention: rows tagged with the topic count too, below a hit in their own text.
    topic: Topic | None = None


def _in_both(text: str, search_type: str) -> SearchQueryCombinable:
    return SearchQuery(text, search_type=search_type, config=DUTCH) | SearchQuery(
        text, search_type=search_type, config=ENGLISH
    )


def _term_query(token: Token) -> SearchQueryCombinable:
    search_type = "phrase" if token.phrase else "plain"
    if token.negated:
        # Neither form may occur: !(nl | en) = !nl & !en.
        return ~SearchQuery(token.text, search_type=search_type, config=DUTCH) & ~SearchQuery(
            token.text, search_type=search_type, config=ENGLISH
        )
    return _in_both(token.text, search_type)


def _names(topic: Topic) -> list[str]:
    return sorted({topic.name, topic.name_en, *topic.aliases} - {""})


def _topic_query(topic: Topic, search_type: str) -> SearchQueryCombinable:
    return _either([_in_both(name, search_type) for name in _names(topic)])


def _either(queries: Sequence[SearchQueryCombinable]) -> SearchQueryCombinable:
    query = queries[0]
    for other in queries[1:]:
        query = query | other
    return query


def _all(queries: Sequence[SearchQueryCombinable]) -> SearchQueryCombinable:
    query = queries[0]
    for other in queries[1:]:
        query = query & other
    return query


def parse(text: str) -> ParsedQuery:
    """Split ``text`` (already cleaned) into topic mentions and the rest; one query for the topics."""
    tokens = tokenize(text)
    parsed = ParsedQuery(text=text, tokens=tokens, identifiers=recognize(text))
    return _resolve(parsed, tokens)


def _resolve(parsed: ParsedQuery, tokens: list[Token]) -> ParsedQuery:
    plain = [(index, normalize(token.text)) for index, token in enumerate(tokens) if token.is_plain]
    words = " ".join(norm for _, norm in plain if norm)
    candidates = named_topics(words)
    # Longest names first, so "gedwongen huwelijk" wins over a keyword "huwelijk".
    mentions = sorted(
        ((name, topic) for topic in candidates for name in topic.matched_names),
        key=lambda pair: (-len(pair[0].split()), -len(pair[0])),
    )
    used: set[int] = set()
    for name, topic in mentions:
        if topic in parsed.topics or len(parsed.topics) >= MAX_TOPICS:
            continue
        span = _find(plain, name.split(), used)
        if span is not None:
            used.update(span)
            parsed.topics.append(topic)
            parsed.mentions.update(dict.fromkeys(span, topic))
    return parsed


def _find(plain: Plain, name_words: list[str], used: set[int]) -> set[int] | None:
    """Indexes of the consecutive plain tokens spelling ``name_words``, none of them used yet; or None."""
    # Each plain token may normalise to several words ("non-punishment"), so match on a flat word list.
    flat = [(index, word) for index, norm in plain for word in norm.split()]
    size = len(name_words)
    for start in range(len(flat) - size + 1):
        window = flat[start : start + size]
        if [word for _, word in window] == name_words:
            indexes = {index for index, _ in window}
            # A token only partly inside the name ("non-punishment" for a name "punishment") is not a mention.
            covered = [word for index, word in flat if index in indexes]
            if covered == name_words and not indexes & used and _consecutive(indexes):
                return indexes
    return None


def _consecutive(indexes: set[int]) -> bool:
    """True when no phrase, exclusion or OR sits between the tokens."""
    return sorted(indexes) == list(range(min(indexes), max(indexes) + 1))
