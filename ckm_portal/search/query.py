"""From what a user typed to the tsqueries that search runs.

The syntax is PostgreSQL's ``websearch_to_tsquery``: words, "quoted phrases",
OR, and -exclusion. On top of it comes the shared vocabulary: a run of plain
words that names a topic (its Dutch or English name or an alias, whatever the
case or accents) stands for every name of that topic, so "forced marriage" also
finds Dutch texts on "gedwongen huwelijk", and rows tagged with the topic (their
``topic_text`` holds all its names).
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery
from django.db.models import Q
from django.db.models.expressions import RawSQL

from ckm_portal.search.vectors import DUTCH, ENGLISH
from ckm_portal.topics.models import Topic

MAX_LENGTH = 200
# Tokens as websearch_to_tsquery sees them: a (possibly negated) quoted phrase, or a (possibly negated) word.
TOKEN = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
# Control characters (NUL among them) mean nothing in a query and break PostgreSQL text.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# A name shorter than this is too easily a part of ordinary words to stand for a topic.
MIN_NAME_LENGTH = 3
MAX_TOPICS = 5


def normalize(text):
    """Lower case, no accents, words separated by single spaces: "Roemenië!" -> "roemenie"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", stripped).split())


def clean(raw):
    """(query, was_cut): control characters removed, whitespace collapsed, at most MAX_LENGTH characters."""
    text = " ".join(CONTROL.sub(" ", raw or "").split())
    if len(text) <= MAX_LENGTH:
        return text, False
    return text[:MAX_LENGTH].rstrip(), True


def clean_params(params):
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
    def is_or(self):
        return not self.phrase and not self.negated and self.text.lower() == "or"

    @property
    def is_plain(self):
        return not self.phrase and not self.negated and not self.is_or

    def __str__(self):
        body = f'"{self.text}"' if self.phrase else self.text
        return f"-{body}" if self.negated else body


def tokenize(text):
    tokens = []
    for match in TOKEN.finditer(text):
        if match.group(2) is not None:
            tokens.append(Token(match.group(2), phrase=True, negated=bool(match.group(1))))
        else:
            tokens.append(Token(match.group(4), negated=bool(match.group(3))))
    return tokens


# The normalised names of the outer topic row found, as whole words, in the text
# given as the second parameter (already normalised, padded with spaces).
NAMES_IN_TEXT = """ARRAY(
    SELECT DISTINCT normalized FROM (
        SELECT btrim(regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', ' ', 'g')) AS normalized
        FROM unnest(ARRAY["topics_topic"."name", "topics_topic"."name_en"] || "topics_topic"."aliases") AS n(name)
    ) AS names
    WHERE length(normalized) >= %s AND strpos(%s, ' ' || normalized || ' ') > 0
)"""


def named_topics(words):
    """Topics one of whose names occurs as whole words in ``words`` (normalised text); one query.

    Each topic comes with ``matched_names``: its normalised names found in the text.
    """
    if not words:
        return []
    # Constant SQL; the user's text is a parameter.
    matched = RawSQL(NAMES_IN_TEXT, (MIN_NAME_LENGTH, f" {words} "))  # noqa: S611
    return list(Topic.objects.annotate(matched_names=matched).exclude(matched_names=[]).order_by("kind", "name")[:50])


@dataclass
class ParsedQuery:
    text: str
    rest: str = ""
    topics: list = field(default_factory=list)
    uses_or: bool = False

    @property
    def words(self):
        """The plain words, for spelling suggestions."""
        return [normalize(token.text) for token in tokenize(self.text) if token.is_plain and normalize(token.text)]

    def tsquery(self, config):
        """The query in one text search configuration, topic names expanded."""
        groups = [self._topic_query(topic, config) for topic in self.topics]
        if self.uses_or:
            return _either([SearchQuery(self.text, search_type="websearch", config=config), *groups])
        parts = groups
        if self.rest:
            parts = [SearchQuery(self.rest, search_type="websearch", config=config), *groups]
        query = parts[0]
        for part in parts[1:]:
            query = query & part
        return query

    @staticmethod
    def _topic_query(topic, config):
        names = {topic.name, topic.name_en, *topic.aliases} - {""}
        return _either([SearchQuery(name, search_type="phrase", config=config) for name in sorted(names)])

    @property
    def dutch(self):
        return self.tsquery(DUTCH)

    @property
    def english(self):
        return self.tsquery(ENGLISH)

    def article_match(self):
        """Articles match in their own language: Dutch rows with the Dutch query, English with the English."""
        return Q(language="en", search_vector=self.english) | (~Q(language="en") & Q(search_vector=self.dutch))

    def bilingual_match(self):
        """Projects and partners hold text in both configurations, so either query may match."""
        return Q(search_vector=self.dutch) | Q(search_vector=self.english)


def _either(queries):
    query = queries[0]
    for other in queries[1:]:
        query = query | other
    return query


def parse(text):
    """Split ``text`` (already cleaned) into topic mentions and the rest; one query for the topics."""
    tokens = tokenize(text)
    parsed = ParsedQuery(text=text, uses_or=any(token.is_or for token in tokens))
    return _resolve(parsed, tokens)


def _resolve(parsed, tokens):
    plain = [(index, normalize(token.text)) for index, token in enumerate(tokens) if token.is_plain]
    words = " ".join(norm for _, norm in plain if norm)
    candidates = named_topics(words)
    # Longest names first, so "gedwongen huwelijk" wins over a keyword "huwelijk".
    mentions = sorted(
        ((name, topic) for topic in candidates for name in topic.matched_names),
        key=lambda pair: (-len(pair[0].split()), -len(pair[0])),
    )
    used = set()
    for name, topic in mentions:
        if topic in parsed.topics or len(parsed.topics) >= MAX_TOPICS:
            continue
        span = _find(plain, name.split(), used)
        if span is not None:
            used.update(span)
            parsed.topics.append(topic)
    parsed.rest = " ".join(str(token) for index, token in enumerate(tokens) if index not in used)
    return parsed


def _find(plain, name_words, used):
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


def _consecutive(indexes):
    """True when no phrase, exclusion or OR sits between the tokens."""
    return sorted(indexes) == list(range(min(indexes), max(indexes) + 1))
