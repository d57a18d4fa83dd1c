"""People: person mentions linked into clusters, within an article and across articles.

Within an article, a surname → the one full name carrying it (family name first for Chinese names,
last otherwise; other name parts second; a given name alone last, and only inside its article). A
royal title makes the name a given name ("Prince Charles" is never the Charles of "Ray Charles");
gendered honorifics must agree ("Mrs Howard" is not Michael Howard, known as "Mr Howard");
Mr/Mrs/Dr... make a name a person whatever its label. Across articles, full names equal up to
diacritics and case, or one extending the other, are one person; a family name left over joins the
entity it was linked to in other articles when that is unambiguous and the corpus names that person
in two articles at least. A surname with a title of rank ("Lord Archer", "Cardinal Hume") joins, across
articles, only whom that title named elsewhere: few carry one, and the Archer named in full in another
story is seldom the peer.

`link_people` works on `resolve`'s internal mentions (name tokens, role, type, gender, article).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from pipeline.lib.nlp.names import (
    family_name_first,
    family_names,
    is_personal_honorific,
    is_royal,
    is_subsequence,
    rank_of,
)

if TYPE_CHECKING:
    from pipeline.lib.nlp.resolve import _Mention


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
    """Full names by the tokens they carry: tier 0 the family name, tier 1 another part (not the
    given name), tier 2 the given name (a royal's name is a given name: "Prince Charles"). The last
    part of a hyphenated family name is not a family name of its own: a lone "John" is never
    Olivia Newton-John (`hyphenated`: the full names whose last written word has a hyphen)."""

    def __init__(
        self, fulls: Iterable[tuple[str, ...]], royals: frozenset = frozenset(), hyphenated: frozenset = frozenset()
    ):
        self.tiers: tuple[dict[str, set], ...] = (defaultdict(set), defaultdict(set), defaultdict(set))
        for full in fulls:
            if full in royals:
                for token in full[1:]:
                    self.tiers[2][token].add(full)
                continue
            primary, secondary = family_names(full)
            given = full[0] if not family_name_first(full) else None
            if full in hyphenated:
                primary = primary - {full[-1]}
            for token in primary:
                self.tiers[0][token].add(full)
            for token in secondary:
                self.tiers[2 if token == given else 1][token].add(full)

    def match(
        self, token: str, gender: str | None = None, genders: Mapping | None = None, max_tier: int = 2
    ) -> tuple[tuple[str, ...] | None, int | None]:
        """(the one full name carrying `token` at the strongest tier that has any, that tier).
        (None, tier) when that tier is ambiguous: do not guess; (None, None) when nothing carries it.
        A gendered title ("Mrs") rules out a name known for the other gender."""
        for tier, index in enumerate(self.tiers[: max_tier + 1]):
            hits = index.get(token, set())
            if gender and genders:
                hits = {h for h in hits if genders.get(h) in (None, gender)}
            if len(hits) == 1:
                return next(iter(hits)), tier
            if hits:
                return None, tier
        return None, None


def link_people(mentions: list[_Mention]) -> dict[int, tuple[str, ...]]:
    """Index of each person mention → the token tuple of its cluster representative."""
    # A royal title makes the name a given name: the royal's tokens carry the title, so "Prince
    # Charles" is a full name of its own, never the surname of "Ray Charles".
    for m in mentions:
        if m.type == "PERSON" and m.tokens and is_royal(m.role) and len(m.tokens) <= 2 and not m.royal:
            title = m.role.split()[-1]
            m.royal = True
            m.tokens = (title.casefold(), *m.tokens)
            m.display = f"{title} {m.name}"
    royals = frozenset(m.tokens for m in mentions if m.royal)
    hyphenated = frozenset(m.tokens for m in mentions if len(m.tokens) >= 2 and "-" in m.name.split()[-1])
    # Mr, Mrs, Dr, Sir... only come before people: a name so titled is a person, and so is a
    # longer name of its article ending with that family name ("Mr Cable" beside "Vince Cable").
    titled: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "COUNTRY" and m.kind != "alias" and m.tokens and is_personal_honorific(m.role):
            m.type = "PERSON"
            titled[m.source.article_id].add(m.tokens[-1])
    for m in mentions:
        if (
            m.type in ("ORG", "PLACE", "OTHER")
            and not m.fixed
            and len(m.tokens) >= 2
            and m.tokens[-1] in titled.get(m.source.article_id, ())
        ):
            m.type = "PERSON"
    people = [i for i, m in enumerate(mentions) if m.type == "PERSON" and m.tokens]
    fulls = {mentions[i].tokens for i in people if len(mentions[i].tokens) >= 2}

    # Relabel: a non-country mention spelling a known person's full name is that person.
    for m in mentions:
        if m.type in ("ORG", "PLACE", "OTHER") and not m.fixed and len(m.tokens) >= 2 and m.tokens in fulls:
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
            if len(f) > len(full)
            and is_subsequence(full, f)
            and (f[: len(full)] == full or f[-1] == full[-1])
            and (f in royals) == (full in royals)
        ]
        maximal = [f for f in longer if not any(g != f and is_subsequence(f, g) for g in longer)]
        if len(maximal) == 1:
            uf.union(full, maximal[0])

    by_article: dict[str, list[int]] = defaultdict(list)
    for i in people:
        by_article[mentions[i].source.article_id].append(i)

    # Gender of each full name, from the gendered titles of the partial names that link to it in
    # articles where that family name has titles of one gender only ("Mr Howard" beside "Michael Howard").
    genders: dict[tuple[str, ...], str] = {}
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    mixed: set[tuple[str, str]] = set()  # (article, family name) written with both Mr and Mrs
    for indices in by_article.values():
        index = _FamilyIndex({mentions[i].tokens for i in indices if len(mentions[i].tokens) >= 2}, royals, hyphenated)
        by_token_gender: dict[str, set] = defaultdict(set)
        for i in indices:
            if len(mentions[i].tokens) == 1 and mentions[i].gender:
                by_token_gender[mentions[i].tokens[0]].add(mentions[i].gender)
        for token, gs in by_token_gender.items():
            target, _ = index.match(token, max_tier=0)
            if target and len(gs) == 1:
                votes[uf.find(target)][next(iter(gs))] += 1
            elif len(gs) > 1:
                mixed.add((mentions[indices[0]].source.article_id, token))
        for i in indices:  # a full name written with a gendered title is that gender
            if len(mentions[i].tokens) >= 2 and mentions[i].gender:
                votes[uf.find(mentions[i].tokens)][mentions[i].gender] += 2
    for rep, v in votes.items():
        (g, n), *rest = v.most_common()
        if not rest or n > rest[0][1]:
            genders[rep] = g

    def gender_of(full: tuple[str, ...]) -> str | None:
        return genders.get(uf.find(full))

    gender_by_full = _LazyGenders(gender_of)
    linked: dict[int, tuple[str, ...]] = {}
    # (token, rank) → clusters it was linked to in some article: a surname titled Lord, Lady or
    # Cardinal joins only whom that title was seen naming ("Lord Goldsmith" is not Harvey Goldsmith)
    partial_links: dict[tuple[str, str | None], set] = defaultdict(set)
    unlinked: list[int] = []
    seen_in_article: set[int] = set()  # partials whose article names someone carrying the token
    for indices in by_article.values():
        article_fulls = _FamilyIndex(
            {mentions[i].tokens for i in indices if len(mentions[i].tokens) >= 2}, royals, hyphenated
        )
        for i in indices:
            m = mentions[i]
            if len(m.tokens) >= 2:
                linked[i] = uf.find(m.tokens)
                continue
            target, tier = article_fulls.match(m.tokens[0], m.gender, gender_by_full)
            if target is None and tier is None:
                target = _misspelt(m.tokens[0], article_fulls)  # "Mr Montieth" beside "David Monteith"
                if target is not None and m.gender and gender_of(target) not in (None, m.gender):
                    target = None  # "Mrs Davies" is not David Davis
                tier = 2 if target is not None else None  # a slip links inside its article only
            if target is not None and m.gender and gender_of(target) is None:
                if (m.source.article_id, m.tokens[0]) in mixed:
                    target = None  # "Mr Howard" and "Mrs Howard" beside one Howard: which is which is unknown
            if target is None:
                if tier is not None or article_fulls.match(m.tokens[0])[1] is not None:
                    seen_in_article.add(i)
                unlinked.append(i)
            else:
                linked[i] = uf.find(target)
                if tier < 2:  # a given name alone links only inside its own article
                    partial_links[(m.tokens[0], rank_of(m.role))].add(linked[i])
    # Relabel: a one-word ORG/PLACE mention that is the unique family name of a person in its article
    # ("Muttaqi" tagged GPE beside "Mawlawi Amir Khan Muttaqi").
    for m_index, m in enumerate(mentions):
        if m.type in ("ORG", "PLACE", "OTHER") and not m.fixed and len(m.tokens) == 1 and m_index not in linked:
            article_fulls = {
                mentions[i].tokens
                for i in by_article.get(m.source.article_id, [])
                if len(mentions[i].tokens) >= 2 and mentions[i].tokens not in royals
            }
            hits = {f for f in article_fulls if m.tokens[0] in family_names(f)[0]}
            if len(hits) == 1:
                m.type = "PERSON"
                linked[m_index] = uf.find(hits.pop())

    royal_clusters = frozenset(uf.find(r) for r in royals)
    cluster_fulls = _FamilyIndex({uf.find(f) for f in fulls}, royal_clusters, hyphenated)
    # A given name alone in an article that names a royal may be another royal of the family
    # ("Prince Charles ... neither Charles, nor William and Harry"): the one royal so named.
    royal_names = _FamilyIndex(royal_clusters, royal_clusters)
    royal_articles = {m.source.article_id for m in mentions if m.royal}
    # A lone surname joins a person of other articles only if the corpus names that person in two
    # articles at least: someone named once ("Stuart Cohen, chief executive of …") is seldom the
    # "Cohen" of another story.
    articles_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for i, cluster in linked.items():
        articles_of[cluster].add(mentions[i].source.article_id)
    for i in unlinked:
        m = mentions[i]
        token, rank = m.tokens[0], rank_of(m.role)
        known = partial_links.get((token, rank), set())
        known = {c for c in known if not m.gender or genders.get(c) in (None, m.gender)}
        # (not for a title of rank: the title was seen naming that person, not just the surname)
        known = {c for c in known if rank or len(articles_of[c]) >= 2}
        if len(known) == 1 and i not in seen_in_article:
            linked[i] = next(iter(known))
            continue
        target = None
        if not known and i not in seen_in_article and not rank:
            target, _ = cluster_fulls.match(token, m.gender, genders, max_tier=0)
            if target is not None and len(articles_of[uf.find(target)]) < 2:
                target = None
            if target is None and m.source.article_id in royal_articles:
                target, _ = royal_names.match(token, m.gender, genders)
        # An unlinked name with a gendered title is kept apart from the same word without one, and
        # one with a title of rank from both.
        tag = rank or m.gender
        linked[i] = uf.find(target) if target else ((token, f"#{tag}") if tag else (token,))
    return linked


def _misspelt(token: str, fulls: _FamilyIndex) -> tuple[str, ...] | None:
    """The one full name of the article whose family name is `token` with two neighbouring
    letters swapped ("Montieth" for Monteith), for names of six letters or more; None when none or
    several are. A letter changed, added or dropped is more often another surname than a slip
    (Brown and Browne, Davis and Davies, Thompson and Thomson), and is left alone."""
    if len(token) < 6:
        return None
    hits = {f for family, fs in fulls.tiers[0].items() if _swapped(token, family) for f in fs}
    return next(iter(hits)) if len(hits) == 1 else None


def _swapped(a: str, b: str) -> bool:
    """Whether b is a with two neighbouring letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


class _LazyGenders(dict):
    """Mapping full name → gender, computed on demand through the union-find."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def get(self, key, default=None):
        value = self.fn(key)
        return default if value is None else value

    def __bool__(self) -> bool:
        return True
