"""Entity resolution: mentions across all articles → canonical entities with stable ids.

Evidence is applied in this order (each step is a small function below):
 1. surface clean-up: determiners, possessives, quotes, punctuation; titles become the role;
 2. acronym definitions found anywhere in the corpus (`acronyms.py`), applied to every use of the
    short form and inside longer names ("IDCPC", "International Department of the CPC ...");
 3. countries, official names, abbreviations and demonyms → ISO alpha-3 (`countries.py`);
 4. within an article, a surname or other partial name → the one full name of that article that
    carries it (family name first for Chinese names, last otherwise; other name parts second);
 5. across articles, full names equal up to diacritics and case, or one extending the other
    ("Nicolas Maduro" ⊂ "Nicolás Maduro Moros"), are one person; a partial name left over joins
    the entity it was linked to in other articles when that is unambiguous;
 6. spaCy label errors are fixed where the entity is known: a mention resolving to a known person
    is a PERSON whatever its label, an acronym of an organisation is an ORG.

The whole corpus is resolved every time, so the result does not depend on the order in which
files arrived. Ids are kept stable through a registry of member keys → entity id from the
previous resolution: a cluster keeps the id most of its members had; only new clusters mint one.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from pipeline.lib.acronyms import find_definitions
from pipeline.lib.countries import country_name, iso3_for
from pipeline.lib.names import (
    PLACE_HEADS,
    clean_surface,
    family_names,
    has_diacritics,
    is_subsequence,
    name_key,
    name_tokens,
    strip_accents,
)

ENTITY_TYPES = ("PERSON", "ORG", "COUNTRY", "PLACE", "EVENT", "OTHER")
_TYPE_BY_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "EVENT"}
_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


@dataclass(frozen=True)
class MentionIn:
    mention_id: str
    article_id: str
    text: str
    label: str
    title_before: str | None = None  # a title written right before the span, if any


@dataclass(frozen=True)
class ResolvedMention:
    mention_id: str
    entity_id: str
    name: str
    role: str | None
    type: str


@dataclass(frozen=True)
class Entity:
    entity_id: str
    canonical_name: str
    type: str
    iso3: str | None
    n_mentions: int
    n_articles: int


@dataclass
class Resolution:
    mentions: list[ResolvedMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (entity_id, alias, n_mentions)
    registry: dict[str, str] = field(default_factory=dict)  # member key → entity_id
    acronyms: dict[str, str] = field(default_factory=dict)  # short form → long form


# ---------------------------------------------------------------- step 2: acronyms


def acronym_table(paragraph_texts: Iterable[str]) -> dict[str, str]:
    """Short form → its most often defined long form (ties: longer, then alphabetical)."""
    counts: Counter[tuple[str, str]] = Counter()
    for text in paragraph_texts:
        if "(" in text or "[" in text:
            counts.update((d.short, _PARENTHETICAL.sub("", d.long)) for d in find_definitions(text))
    for (short, long), n in list(counts.items()):
        # "PPP/C" defined also defines "PPP", which is how the short form is often cut.
        head = short.split("/")[0]
        if head != short and len(head) >= 2:
            counts[(head, long)] += n
    best: dict[str, tuple[int, int, str]] = {}
    for (short, long), n in counts.items():
        rank = (n, len(long), long)
        if short not in best or rank > best[short]:
            best[short] = rank
    return {short: rank[2] for short, rank in best.items()}


def expand_acronyms(name: str, acronyms: Mapping[str, str]) -> str:
    """Whole name or any word of it that is a defined short form is replaced by its long form."""
    if name in acronyms:
        name = acronyms[name]  # the long form may itself hold a short form: "... of the CPC ..."
    words = _PARENTHETICAL.sub("", name).split()
    return " ".join(acronyms.get(w, w) for w in words)


# ---------------------------------------------------------------- steps 1, 3, 6: one mention


@dataclass
class _Mention:
    source: MentionIn
    name: str
    role: str | None
    type: str
    iso3: str | None
    key: str  # cluster key before person linking
    tokens: tuple[str, ...] = ()


@cache
def _classify(text: str, label: str, acronyms_items: tuple) -> tuple[str, str | None, str, str | None, str]:
    """(name, role, type, iso3, key) for a surface form; cached, surface forms repeat a lot."""
    acronyms = dict(acronyms_items)
    cleaned = clean_surface(text)
    name = cleaned.text or text.strip()
    expanded = expand_acronyms(name, acronyms)
    iso3 = iso3_for(name) or iso3_for(expanded)
    if iso3:
        return name, cleaned.role, "COUNTRY", iso3, f"COUNTRY:{iso3}"
    kind = _TYPE_BY_LABEL.get(label, "OTHER")
    tokens = name_tokens(name)
    if kind == "PERSON" and len(tokens) >= 2 and tokens[-1] in PLACE_HEADS:
        kind = "PLACE"
    if not any(c.isupper() for c in name):
        kind = "OTHER"  # "solidarity", "artificial intelligence": not a proper name
    elif name in acronyms and kind in ("PERSON", "PLACE", "OTHER"):
        kind = "ORG"  # an acronym with a definition names an organisation, whatever spaCy said
    # One key for every non-person type: "RIO DE JANEIRO" tagged ORG in a dateline and "Rio de
    # Janeiro" tagged GPE are one place; the entity's type is decided by majority later.
    return name, cleaned.role, kind, None, f"NAME:{name_key(expanded)}"


def _classify_all(mentions: Iterable[MentionIn], acronyms: Mapping[str, str]) -> list[_Mention]:
    items = tuple(sorted(acronyms.items()))
    out = []
    seen: dict[tuple[str, str], tuple] = {}  # most mentions repeat a (text, label) seen before
    for m in mentions:
        if (m.text, m.label) not in seen:
            name, role, kind, iso3, key = _classify(m.text, m.label, items)
            seen[(m.text, m.label)] = (name, role, kind, iso3, key, name_tokens(name))
        name, role, kind, iso3, key, tokens = seen[(m.text, m.label)]
        out.append(_Mention(m, name, role or m.title_before, kind, iso3, key, tokens))
    return out


# Words that complete an organisation's name without changing what it names.
_ORG_SUFFIXES = {("party",), ("news", "agency"), ("agency",), ("movement",), ("front",)}


def _org_extensions(items: list[_Mention]) -> dict[str, str]:
    """Short ORG key → the one longer ORG key that only adds a generic word or 'of <country>'.

    "Xinhua" → "Xinhua News Agency", "Broad Front" → "Broad Front of Uruguay",
    "Labor Party" → "Labor Party of Mexico". "Communist Party of China" is not folded into
    "Communist Party of China Central Committee": a central committee is another body.
    """
    org_keys = {m.key for m in items if m.type == "ORG" and m.key.startswith("NAME:")}
    tokens = {k: tuple(k[5:].split()) for k in org_keys}
    by_first: dict[str, list[str]] = defaultdict(list)  # a longer name starts with the short one
    for key, toks in tokens.items():
        if toks:
            by_first[toks[0]].append(key)
    mapping: dict[str, str] = {}
    for short, st in tokens.items():
        hits = []
        for long in by_first.get(st[0], []) if st else []:
            lt = tokens[long]
            rest = lt[len(st) :]
            if len(lt) <= len(st) or lt[: len(st)] != st:
                continue
            if rest in _ORG_SUFFIXES or (len(rest) >= 2 and rest[0] == "of" and iso3_for(" ".join(rest[1:]))):
                hits.append(long)
        if len(hits) == 1:
            mapping[short] = hits[0]
    return mapping


# ---------------------------------------------------------------- steps 4, 5: people


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The longer name (then the alphabetically first) represents the cluster.
            keep, drop = sorted((ra, rb), key=lambda t: (-len(t), t))
            self.parent[drop] = keep


class _FamilyIndex:
    """Full names by the tokens they carry as family name (tier 0) or as another part (tier 1)."""

    def __init__(self, fulls: Iterable[tuple[str, ...]]):
        self.tiers: tuple[dict[str, set], dict[str, set]] = (defaultdict(set), defaultdict(set))
        for full in fulls:
            for tier, names in enumerate(family_names(full)):
                for token in names:
                    self.tiers[tier][token].add(full)

    def match(self, token: str) -> tuple[str, ...] | None:
        """The one full name carrying `token` as its family name, else as another part; else None."""
        for tier in self.tiers:
            hits = tier.get(token, set())
            if len(hits) == 1:
                return next(iter(hits))
            if hits:
                return None  # ambiguous at the strongest tier that matched: do not guess
        return None


def _link_people(mentions: list[_Mention]) -> dict[int, tuple[str, ...]]:
    """Index of each person mention → the token tuple of its cluster representative."""
    people = [i for i, m in enumerate(mentions) if m.type == "PERSON" and m.tokens]
    fulls = {mentions[i].tokens for i in people if len(mentions[i].tokens) >= 2}

    # Relabel: a non-country mention spelling a known person's full name is that person.
    for m in mentions:
        if m.type in ("ORG", "PLACE", "OTHER") and len(m.tokens) >= 2 and m.tokens in fulls:
            m.type = "PERSON"
    people = [i for i, m in enumerate(mentions) if m.type == "PERSON" and m.tokens]

    uf = _UnionFind()
    by_token: dict[str, set] = defaultdict(set)  # a longer name holding `full` holds each of its tokens
    for f in fulls:
        for token in f:
            by_token[token].add(f)
    for full in sorted(fulls):
        uf.find(full)
        candidates = set.intersection(*(by_token[token] for token in set(full)))
        longer = [
            f
            for f in candidates
            if len(f) > len(full) and is_subsequence(full, f) and (f[: len(full)] == full or f[-1] == full[-1])
        ]
        maximal = [f for f in longer if not any(g != f and is_subsequence(f, g) for g in longer)]
        if len(maximal) == 1:
            uf.union(full, maximal[0])

    by_article: dict[str, list[int]] = defaultdict(list)
    for i in people:
        by_article[mentions[i].source.article_id].append(i)

    linked: dict[int, tuple[str, ...]] = {}
    partial_links: dict[str, set] = defaultdict(set)  # token → clusters it was linked to in some article
    unlinked: list[int] = []
    for indices in by_article.values():
        article_fulls = _FamilyIndex({mentions[i].tokens for i in indices if len(mentions[i].tokens) >= 2})
        for i in indices:
            tokens = mentions[i].tokens
            if len(tokens) >= 2:
                linked[i] = uf.find(tokens)
                continue
            target = article_fulls.match(tokens[0])
            if target is None:
                unlinked.append(i)
            else:
                linked[i] = uf.find(target)
                partial_links[tokens[0]].add(linked[i])
    # Relabel: a one-word ORG/PLACE mention that is the unique family name of a person in its article
    # ("Muttaqi" tagged GPE beside "Mawlawi Amir Khan Muttaqi").
    for m_index, m in enumerate(mentions):
        if m.type in ("ORG", "PLACE", "OTHER") and len(m.tokens) == 1 and m_index not in linked:
            article_fulls = {
                mentions[i].tokens for i in by_article.get(m.source.article_id, []) if len(mentions[i].tokens) >= 2
            }
            hits = {f for f in article_fulls if m.tokens[0] in family_names(f)[0]}
            if len(hits) == 1:
                m.type = "PERSON"
                linked[m_index] = uf.find(hits.pop())

    cluster_fulls = _FamilyIndex({uf.find(f) for f in fulls})
    for i in unlinked:
        token = mentions[i].tokens[0]
        known = partial_links.get(token, set())
        if len(known) == 1:
            linked[i] = next(iter(known))
            continue
        target = cluster_fulls.match(token) if not known else None
        linked[i] = uf.find(target) if target else (token,)
    return linked


# ---------------------------------------------------------------- ids and names


def _mint_id(cluster_key: str) -> str:
    return "e" + hashlib.sha256(cluster_key.encode("utf-8")).hexdigest()[:12]


def _assign_ids(clusters: Mapping[str, set[str]], previous: Mapping[str, str]) -> dict[str, str]:
    """Cluster key → entity id, reusing the id most of a cluster's member keys had before."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    # Bigger clusters choose first, so a merge keeps the id of the larger side.
    for key in sorted(clusters, key=lambda k: (-len(clusters[k]), k)):
        votes = Counter(previous[m] for m in clusters[key] if m in previous)
        chosen = next(
            (eid for eid, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if eid not in used), None
        )
        if chosen is None:
            chosen, salt = _mint_id(key), 0
            while chosen in used:
                salt += 1
                chosen = _mint_id(f"{key}#{salt}")
        ids[key] = chosen
        used.add(chosen)
    return ids


def _canonical_name(names: Counter[str], kind: str, iso3: str | None, acronyms: Mapping[str, str]) -> str:
    """Most complete, then with diacritics, then most frequent, then alphabetical."""
    if kind == "COUNTRY" and iso3:
        return country_name(iso3)
    candidates = Counter({_PARENTHETICAL.sub("", n).strip(): c for n, c in names.items()})
    for n in list(candidates):
        if n in acronyms:
            candidates.setdefault(acronyms[n], 0)
    spelled_out = {n: c for n, c in candidates.items() if n and not (n.isupper() and len(n.split()) == 1)}
    pool = spelled_out or {n: c for n, c in candidates.items() if n}
    best = min(pool, key=lambda n: (-len(name_tokens(n)), -has_diacritics(n), -pool[n], n))
    return _restore_diacritics(best, pool)


def _restore_diacritics(name: str, variants: Mapping[str, int]) -> str:
    """'Nicolas Maduro Moros' + a variant 'Nicolás Maduro' → 'Nicolás Maduro Moros'."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for variant, n in variants.items():
        for word in variant.split():
            spellings[strip_accents(word).casefold()][word] += n
    words = []
    for word in name.split():
        options = spellings.get(strip_accents(word).casefold(), Counter())
        accented = [w for w in options if has_diacritics(w) and w.casefold() != w]
        words.append(max(accented, key=lambda w: (options[w], w)) if accented and not has_diacritics(word) else word)
    return " ".join(words)


# ---------------------------------------------------------------- the whole resolution


def resolve(
    mentions: Iterable[MentionIn],
    paragraph_texts: Iterable[str],
    previous_registry: Mapping[str, str] | None = None,
) -> Resolution:
    acronyms = acronym_table(paragraph_texts)
    items = _classify_all(mentions, acronyms)
    extensions = _org_extensions(items)
    for m in items:
        m.key = extensions.get(m.key, m.key)
    person_clusters = _link_people(items)

    cluster_of: list[str] = []
    members: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(items):
        if m.type == "PERSON" and i in person_clusters:
            cluster = "PERSON:" + " ".join(person_clusters[i])
            # Registry members are full names only: a bare surname means different people in different articles.
            member = "PERSON:" + " ".join(m.tokens) if len(m.tokens) >= 2 else cluster
        else:
            cluster = member = m.key
        cluster_of.append(cluster)
        members[cluster].add(member)

    ids = _assign_ids(members, previous_registry or {})
    resolution = Resolution(acronyms=acronyms)
    resolution.registry = {member: ids[c] for c, ms in members.items() for member in ms}

    names: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    iso3s: dict[str, str | None] = {}
    for m, cluster in zip(items, cluster_of, strict=True):
        eid = ids[cluster]
        resolution.mentions.append(ResolvedMention(m.source.mention_id, eid, m.name, m.role, m.type))
        names[eid][m.name] += 1
        surfaces[eid][m.source.text.strip()] += 1
        articles[eid].add(m.source.article_id)
        types[eid][m.type] += 1
        iso3s[eid] = iso3s.get(eid) or m.iso3

    for eid in sorted(names):
        # Majority type; a cluster holding a known person is a PERSON; ties follow ENTITY_TYPES.
        kind = min(types[eid], key=lambda t: (-types[eid][t], ENTITY_TYPES.index(t)))
        if "PERSON" in types[eid]:
            kind = "PERSON"
        resolution.entities.append(
            Entity(
                entity_id=eid,
                canonical_name=_canonical_name(names[eid], kind, iso3s[eid], acronyms),
                type=kind,
                iso3=iso3s[eid] if kind == "COUNTRY" else None,
                n_mentions=sum(names[eid].values()),
                n_articles=len(articles[eid]),
            )
        )
        resolution.aliases.extend((eid, alias, n) for alias, n in sorted(surfaces[eid].items()))
    return resolution
