"""Stories: copies and republications of one text grouped across the whole corpus.

A *unit* is a text that can be copied: a whole article (section_no 0), or a republished item
embedded in an article (section_no ≥ 1, the pipeline's `sections`). Units are compared by their
word 5-shingles over normalised text (NFKC, case-folded, words only: punctuation, quotes and
spacing never make two copies differ):

1. **Exact copies**: same normalised text, found by its SHA-256.
2. **Near copies** (an edited headline, a boilerplate line added, a paragraph trimmed): MinHash
   signatures (rensa's RMinHash, `NUM_PERM` permutations) put into an LSH index of `LSH_BANDS`
   bands; the candidate pairs it returns are verified on the exact shingle sets, and a pair is one
   story when its Jaccard similarity is at least `JACCARD_MIN`.

Two units of the same article are never linked directly: a section is always contained in its own
article, which says nothing about the article being a copy of it. Linked units form a story by
transitivity (union-find). A story is kept when it holds a whole article, or units of at least two
articles; a section found nowhere else stays part of its article's story.

A text's sketch (its normalised content key, word count and MinHash signature) depends only on the
text and the settings (`signature_version`), so it is cached by the text's SHA-256: a rerun
normalises and signs only new or changed texts.

Story ids are stable: a registry of member keys (`article_id:section_no`) → story id gives each
story the id most of its members had before (`ids.assign_stable_ids`, as entities do).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import version

from pipeline.lib.text.ids import assign_stable_ids

SHINGLE_WORDS = 5
# 128 permutations in 64 bands of 2 rows: a pair with Jaccard 0.45 is a candidate with probability
# 1 - (1 - 0.45²)⁶⁴ > 0.9999, one with 0.1 with 0.47; candidates are verified exactly, so the low
# rows only cost verification time (measured in benchmarks/duplicates_quality.py).
NUM_PERM = 128
LSH_BANDS = 64
SEED = 12
# The same story: at least half of the two units' distinct shingles shared. On the BBC corpus the
# real copies and rewrites of one report sit at 0.56–1.0, different reports on one topic (a follow-up
# quoting the same statement) at 0.36 and below (benchmarks/gold/bbc_duplicates.csv).
JACCARD_MIN = 0.5
# A text shorter than this many words (a one-line teaser) is too short to call a near copy: only
# exact copies of it are grouped.
MIN_WORDS_NEAR = 2 * SHINGLE_WORDS

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Unit:
    article_id: str
    section_no: int  # 0: the whole article; n ≥ 1: its embedded section n
    text: str
    # False for the whole of a page made of several embedded items (a digest): half of it may match
    # each of two stories, which would join them; its sections are compared instead.
    near: bool = True

    @property
    def member_key(self) -> str:
        return f"{self.article_id}:{self.section_no}"


@dataclass(frozen=True)
class Copy:
    """A unit's place in time and the outlet that carried it (from the warehouse)."""

    doc_id: str
    seen_date: dt.date | None
    outlet: str | None
    reference_date: dt.date | None = None  # its document's: breaks ties between copies of one date


@dataclass(frozen=True)
class Sketch:
    """What grouping needs of a text, cached by the text as stored (`minhash_cache`): a rerun
    neither normalises nor signs a text it has seen."""

    content_key: str  # SHA-256 of the normalised text: equal for exact copies
    n_words: int
    minhash: bytes | None  # a pickled rensa RMinHash; None for a text too short to compare


@dataclass
class Grouping:
    clusters: list[list[Unit]]  # every unit, grouped; singletons included
    candidate_pairs: int = 0
    verified_pairs: int = 0
    sketches_computed: int = 0


def signature_version() -> str:
    """Key of the signature cache: the library and every setting a signature depends on."""
    return f"rensa-{version('rensa')}/k{SHINGLE_WORDS}/p{NUM_PERM}/s{SEED}"


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def normalised(text: str) -> str:
    """The text as compared: its words, case-folded, single-spaced."""
    return " ".join(words(text))


def content_key(normalised_text: str) -> str:
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()


def shingles(normalised_text: str) -> set[str]:
    """Word k-shingles; a text shorter than k words is one shingle."""
    ws = normalised_text.split()
    if len(ws) <= SHINGLE_WORDS:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + SHINGLE_WORDS]) for i in range(len(ws) - SHINGLE_WORDS + 1)}


def compute_signatures(texts: Iterable[str]) -> list[bytes]:
    """MinHash signatures (pickled) of normalised texts, in one call into rensa."""
    from rensa import RMinHash

    minhashes = RMinHash.from_token_sets([sorted(shingles(t)) for t in texts], NUM_PERM, SEED)
    return [pickle.dumps(m) for m in minhashes]


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def lsh_candidates(signatures: Mapping[str, bytes]) -> set[tuple[str, str]]:
    """Pairs of content keys (in order) that rensa's LSH index puts in a common bucket."""
    from rensa import RMinHashLSH

    keys = sorted(signatures)
    minhashes = [pickle.loads(signatures[k]) for k in keys]
    index = RMinHashLSH(JACCARD_MIN, NUM_PERM, LSH_BANDS)
    index.insert_many(minhashes)
    pairs = set()
    for i, minhash in enumerate(minhashes):
        pairs.update((keys[i], keys[j]) for j in index.query(minhash) if j > i)
    return pairs


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def text_key(text: str) -> str:
    """Cache key of a unit's text as stored."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sketch_texts(texts: list[str], sign: Callable[[Iterable[str]], list[bytes]] = compute_signatures) -> list[Sketch]:
    """Normalise, count and sign texts (those long enough to compare) in one batch."""
    norm = [normalised(t) for t in texts]
    n_words = [len(t.split()) for t in norm]
    to_sign = [i for i, n in enumerate(n_words) if n >= MIN_WORDS_NEAR]
    signed = dict(zip(to_sign, sign(norm[i] for i in to_sign), strict=True))
    return [Sketch(content_key(t), n, signed.get(i)) for i, (t, n) in enumerate(zip(norm, n_words, strict=True))]


def group_units(
    units: list[Unit],
    cached: Mapping[str, Sketch] | None = None,
    sign: Callable[[Iterable[str]], list[bytes]] = compute_signatures,
    candidates_of: Callable[[Mapping[str, bytes]], set[tuple[str, str]]] = lsh_candidates,
) -> tuple[Grouping, dict[str, Sketch]]:
    """Group `units` into stories. `cached` holds sketches by `text_key` from earlier runs;
    `sign` and `candidates_of` are the MinHash library's side (the benchmark swaps in datasketch).

    Returns the grouping and the sketches computed now (text key → Sketch), to cache."""
    cached = cached or {}
    text_keys = [text_key(u.text) for u in units]
    todo = sorted({k for k in text_keys if k not in cached})
    text_of = dict(zip(text_keys, (u.text for u in units), strict=True))
    new = dict(zip(todo, sketch_texts([text_of[k] for k in todo], sign), strict=True))
    sketches = [cached.get(k) or new[k] for k in text_keys]
    keys = [s.content_key for s in sketches]
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        by_key[key].append(i)
    uf = _UnionFind(len(units))
    # 1. Exact copies: same normalised text (a section equal to its own article is the same story too).
    for members in by_key.values():
        for i in members[1:]:
            uf.union(members[0], i)
    # 2. Near copies: LSH candidates over the distinct texts long enough to compare, verified exactly
    # on their shingles (only candidates are normalised again).
    signatures = {s.content_key: s.minhash for s, u in zip(sketches, units, strict=True) if u.near and s.minhash}
    candidates = candidates_of(signatures)
    shingle_sets: dict[str, set[str]] = {}

    def shingles_of(key: str) -> set[str]:
        if key not in shingle_sets:
            shingle_sets[key] = shingles(normalised(units[by_key[key][0]].text))
        return shingle_sets[key]

    verified = 0
    for a, b in sorted(candidates):
        sa, sb = shingles_of(a), shingles_of(b)
        if jaccard(sa, sb) < JACCARD_MIN:
            continue
        verified += 1
        for i in by_key[a]:
            for j in by_key[b]:
                # A section and its own article are never linked directly (it is always inside it).
                if units[i].article_id != units[j].article_id:
                    uf.union(i, j)
    clusters: dict[int, list[Unit]] = defaultdict(list)
    for i, unit in enumerate(units):
        clusters[uf.find(i)].append(unit)
    grouping = Grouping(
        clusters=list(clusters.values()),
        candidate_pairs=len(candidates),
        verified_pairs=verified,
        sketches_computed=len(new),
    )
    return grouping, new


@dataclass(frozen=True)
class StoryCopy:
    story_id: str
    article_id: str
    section_no: int
    doc_id: str
    outlet: str | None
    seen_date: dt.date | None
    is_original: bool


@dataclass(frozen=True)
class Story:
    story_id: str
    title: str
    first_article_id: str
    first_seen: dt.date | None
    n_copies: int
    n_outlets: int
    outlets: str | None


def _copy_order(unit: Unit, copies: Mapping[str, Copy]) -> tuple:
    """The original is the earliest copy (undated ones last); at one date, the copy in the document
    of the earlier reference date, then a whole article before an embedded section (a standalone
    text is more likely the source), then by article id: deterministic."""
    copy = copies[unit.member_key]
    seen, reference = copy.seen_date, copy.reference_date
    return (seen is None, seen or dt.date.min, reference is None, reference or dt.date.min, unit.section_no,
            unit.article_id)  # fmt: skip


def kept_stories(clusters: list[list[Unit]]) -> list[list[Unit]]:
    """The clusters that are stories, one unit per article each (the whole article when both are in):
    a cluster with a whole article, or with units of two articles or more."""
    stories = []
    for cluster in clusters:
        per_article: dict[str, Unit] = {}
        for unit in sorted(cluster, key=lambda u: (u.article_id, u.section_no)):
            per_article.setdefault(unit.article_id, unit)
        if len(per_article) > 1 or any(u.section_no == 0 for u in cluster):
            stories.append(list(per_article.values()))
    return stories


def story_tables(
    clusters: list[list[Unit]],
    copies: Mapping[str, Copy],
    titles: Mapping[str, str],
    previous: Mapping[str, str],
) -> tuple[list[Story], list[StoryCopy], dict[str, str]]:
    """Stories and their copies, with stable ids. `copies` and `titles` are keyed by member key
    (`titles`: the unit's own title, the article's for a section without one); `previous` is the
    registry of the last run. Returns (stories, copies, registry to store)."""
    stories = [sorted(units, key=lambda u: _copy_order(u, copies)) for units in kept_stories(clusters)]
    by_first = {units[0].member_key: units for units in stories}
    ids = assign_stable_ids(
        {first: {u.member_key for u in units} for first, units in by_first.items()}, previous, prefix="s"
    )
    story_rows, copy_rows, registry = [], [], {}
    for first, units in by_first.items():
        story_id = ids[first]
        outlets = sorted({copies[u.member_key].outlet for u in units} - {None})
        story_rows.append(
            Story(
                story_id=story_id,
                title=titles[first],
                first_article_id=units[0].article_id,
                first_seen=copies[first].seen_date,
                n_copies=len(units),
                n_outlets=len(outlets),
                outlets="; ".join(outlets) or None,
            )
        )
        for n, unit in enumerate(units):
            copy = copies[unit.member_key]
            copy_rows.append(
                StoryCopy(story_id, unit.article_id, unit.section_no, copy.doc_id, copy.outlet, copy.seen_date, n == 0)
            )
            registry[unit.member_key] = story_id
    return story_rows, copy_rows, registry


def article_story_ids(copy_rows: Iterable[StoryCopy]) -> dict[str, str]:
    """article_id → the story of the article as a whole."""
    return {c.article_id: c.story_id for c in copy_rows if c.section_no == 0}


# Every unit of the corpus with its text, and the outlet and date of it as a copy: with
# `copy_seen_date`, the ONE place where a copy's outlet and date are derived. Whole articles are
# section_no 0; embedded sections (section_no ≥ 1) take their own title and paragraphs.
# Outlet, in order: the section's dateline agency ("RIO DE JANEIRO, July 5 (Xinhua) —"), the
# article's first attribution ("first published by IDCPC"), the article's dateline agency, and for
# a whole article, the dateline agency of its only section (a wire text whose title the splitter
# took as the heading of its dateline paragraph; a page wrapping one item).
# A whole article's own publishing outlet and date (a web page's site name, an export record's
# source and date: `articles.outlet`, `articles.published_date`) win over what its text credits;
# an embedded section keeps the agency of its own dateline.
COPIES_SQL = """
    WITH first_attribution AS (
        SELECT article_id, arg_min(outlet, paragraph_no) AS outlet FROM attributions GROUP BY ALL
    ),
    sole_section AS (
        SELECT article_id, any_value(dateline_agency) AS agency FROM sections GROUP BY ALL HAVING count(*) = 1
    ),
    section_text AS (
        SELECT article_id, section_no, string_agg(text, '\n' ORDER BY paragraph_no) AS text
        FROM paragraphs WHERE section_no >= 1 GROUP BY ALL
    ),
    units AS (
        SELECT a.article_id, 0 AS section_no, a.title, a.title || '\n' || a.body AS text,
               NULL::VARCHAR AS section_agency, NULL::VARCHAR AS section_date_text,
               (SELECT count(*) FROM sections s WHERE s.article_id = a.article_id) AS article_sections
        FROM articles a
        UNION ALL
        SELECT s.article_id, s.section_no, coalesce(s.title, a.title), coalesce(s.title || '\n', '') || t.text,
               s.dateline_agency, s.dateline_date_text, 0
        FROM sections s JOIN articles a USING (article_id) JOIN section_text t USING (article_id, section_no)
    )
    SELECT u.article_id, u.section_no, a.doc_id, u.title, u.text, u.article_sections,
           coalesce(
               u.section_agency, CASE WHEN u.section_no = 0 THEN a.outlet END, fa.outlet, a.dateline_agency,
               CASE WHEN u.section_no = 0 THEN ss.agency END
           ) AS outlet,
           u.section_date_text, coalesce(a.published_date, ad.article_date) AS article_date, d.reference_date
    FROM units u
    JOIN articles a USING (article_id)
    JOIN documents d USING (doc_id)
    LEFT JOIN first_attribution fa USING (article_id)
    LEFT JOIN sole_section ss USING (article_id)
    LEFT JOIN article_dates ad USING (article_id)
    ORDER BY u.article_id, u.section_no
"""


def copy_seen_date(
    section_date_text: str | None, article_date: dt.date | None, reference_date: dt.date | None
) -> dt.date | None:
    """The date of a copy: an embedded section's own dateline ("RIO DE JANEIRO, July 5 (Xinhua)"),
    resolved against its document's reference date; else the article's date (`article_dates`:
    its dateline, else its earliest event); else the document's reference date."""
    if section_date_text and reference_date:
        from pipeline.lib.events.dates import resolve_dateline

        day = resolve_dateline(section_date_text, reference_date)
        if day:
            return day
    return article_date or reference_date
