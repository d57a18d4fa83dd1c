"""Duplicate benchmark: stories grouped over the BBC corpus, scored against a gold of pairs.

    uv run python benchmarks/duplicates_quality.py [--corpus ../shared/corpora/bbc] [--backend rensa|datasketch|both]
    uv run python benchmarks/duplicates_quality.py --find-gold     # rewrite benchmarks/gold/bbc_duplicates.csv

The gold has three parts, none of them BBC text:

(a) the corpus's own duplicates, `benchmarks/gold/bbc_duplicates.csv`: every pair of files sharing a
    word 5-shingle, compared by brute force (an inverted index of shingles gives every pair with any
    overlap, and its exact Jaccard), kept from Jaccard 0.1 up, labelled by band and then read:
    `exact` (same normalised text), `near` (0.5 and up: every one read is the same report reworded,
    retitled, updated or trimmed), `related` (0.3–0.5: a follow-up or an update of one event that a
    reader could call either way, and a readers' comments page quoting the whole report; left out of
    the scores), `distinct` (0.1–0.3: different stories on one topic sharing a quote or a background
    paragraph: hard negatives);
(b) synthetic republications made here, at benchmark time, by a seeded generator from BBC files that
    have no copy: an edited headline, an added boilerplate line, a trimmed paragraph, and the story
    embedded as a section of another page (a teaser, a heading and a dateline, split by the pipeline's
    own `parse_document`), some pages carrying two stories (a digest) whose two stories must stay apart;
(c) every other pair of the corpus is a negative; the `distinct` pairs are the hard ones.

Pairs are scored: a predicted pair is two units in one story, a gold pair two units of one gold
group (transitive closure of the `exact`/`near` pairs and the synthetic copies). Also timed: the
grouping of the whole corpus, cold (every signature computed) and warm (signatures from the cache).
Not part of the test suite: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.lib.text.articles import parse_document  # noqa: E402
from pipeline.lib.text.stories import (  # noqa: E402
    JACCARD_MIN,
    LSH_BANDS,
    NUM_PERM,
    SEED,
    Unit,
    group_units,
    normalised,
    shingles,
)

GOLD = ROOT / "benchmarks" / "gold" / "bbc_duplicates.csv"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
SYNTHETIC_SEED = 20251201
KINDS = ("headline", "boilerplate", "trimmed", "embedded", "digest")
BOILERPLATE = (
    "Copyright 2005 The Evening Ledger. All rights reserved.",
    "Follow us on social media for the latest updates.",
    "This article was republished under a content-sharing agreement.",
    "Sign up for our daily newsletter to get the news first.",
)
HEADLINE_EDITS = ("UPDATED: {}", "{} - report", "{}, officials say", "Breaking: {}")


def corpus_files(corpus: Path) -> dict[str, str]:
    """file name (category/nnn.txt) → text."""
    return {
        str(p.relative_to(corpus)): p.read_bytes().decode("utf-8", "replace")
        for p in sorted(corpus.rglob("*.txt"))
        if p.name != "README.TXT"
    }


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------- (a) the corpus's own duplicates


def brute_force_pairs(texts: dict[str, str], floor: float = 0.1) -> list[tuple[str, str, float, bool]]:
    """Every pair of files with shingle Jaccard ≥ floor: (a, b, jaccard, same normalised text)."""
    names = sorted(texts)
    norm = {n: normalised(texts[n]) for n in names}
    sets = {n: shingles(norm[n]) for n in names}
    index: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(names):
        for s in sets[n]:
            index[s].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in index.values():
        shared.update(itertools.combinations(ids, 2))
    pairs = []
    for (i, j), n_shared in shared.items():
        a, b = names[i], names[j]
        jac = n_shared / (len(sets[a]) + len(sets[b]) - n_shared)
        if jac >= floor:
            pairs.append((a, b, round(jac, 3), norm[a] == norm[b]))
    return sorted(pairs)


def label(jac: float, exact: bool) -> str:
    if exact:
        return "exact"
    if jac >= 0.5:
        return "near"
    return "related" if jac >= 0.3 else "distinct"


def write_gold(texts: dict[str, str]) -> None:
    pairs = brute_force_pairs(texts)
    with GOLD.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file_a", "file_b", "jaccard", "label"])
        for a, b, jac, exact in pairs:
            w.writerow([a, b, f"{jac:.3f}", label(jac, exact)])
    print(f"wrote {GOLD} ({len(pairs)} pairs: {Counter(label(j, e) for *_, j, e in pairs)})")


def read_gold() -> list[dict]:
    with GOLD.open() as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- (b) synthetic republications


def _embedded_page(rng: random.Random, stories: list[tuple[str, str]]) -> str:
    """A page of another outlet embedding `stories` (title, text) as sections: heading, dateline."""
    lines = ["Partner stories this week", "Our partners reported the following stories, reproduced in full."]
    for title, text in stories:
        body = paragraphs(text)[1:]
        day = rng.randint(1, 28)
        lines += ["", title, f"LONDON, February {day} (BBC) – {body[0]}", *body[1:]]
    return "\n".join(lines) + "\n"


def synthetic_units(
    texts: dict[str, str], gold_files: set[str], n: int
) -> tuple[list[Unit], list[tuple[str, str, str]], list[tuple[str, str]]]:
    """Copies of BBC files that have none, made by a seeded generator. Returns the new units, the
    (copy member key, original member key, kind) pairs that must be one story, and the pairs of
    original stories a digest page carries together, which must stay apart."""
    rng = random.Random(SYNTHETIC_SEED)
    pool = sorted(f for f in texts if f not in gold_files and len(paragraphs(texts[f])) >= 5)
    chosen = rng.sample(pool, n)
    units, expected, apart = [], [], []
    for i, name in enumerate(chosen):
        kind = KINDS[i % len(KINDS)]
        paras = paragraphs(texts[name])
        copy_id = f"synthetic/{kind}/{i:03d}"
        if kind == "headline":
            text = "\n".join([rng.choice(HEADLINE_EDITS).format(paras[0]), *paras[1:]])
        elif kind == "boilerplate":
            line = rng.choice(BOILERPLATE)
            text = "\n".join([*paras, line] if rng.random() < 0.5 else [paras[0], line, *paras[1:]])
        elif kind == "trimmed":
            cut = rng.randrange(2, len(paras))  # never the headline or the first paragraph
            text = "\n".join(paras[:cut] + paras[cut + 1 :])
        else:
            # "embedded": one story in a page; "digest": this story and another file's, which stay apart.
            stories = [name] if kind == "embedded" else [name, rng.choice([f for f in pool if f != name])]
            if kind == "digest":
                apart.append((f"{stories[0]}:0", f"{stories[1]}:0"))
            page = parse_document(_embedded_page(rng, [(paragraphs(texts[s])[0], texts[s]) for s in stories]))
            article = page.articles[0]
            sections = {s.section_no for s in article.sections}
            units.append(Unit(copy_id, 0, _text(article.title, article.paragraphs), near=len(sections) < 2))
            for section in article.sections:
                own = [p for p in article.paragraphs if p.section_no == section.section_no]
                units.append(Unit(copy_id, section.section_no, _text(section.title or "", own)))
                expected.append((f"{copy_id}:{section.section_no}", f"{stories[section.section_no - 1]}:0", kind))
            if kind == "embedded":  # a one-line teaser and the story: the page as a whole is a copy too
                expected.append((f"{copy_id}:0", f"{name}:0", kind))
            continue
        units.append(Unit(copy_id, 0, text))
        expected.append((f"{copy_id}:0", f"{name}:0", kind))
    return units, expected, apart


def _text(title: str, paras) -> str:
    return "\n".join([title, *(p.text for p in paras)])


# ---------------------------------------------------------------- scoring


def groups_from_pairs(pairs: list[tuple[str, str]]) -> dict[str, int]:
    """member → group number, transitive closure."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    roots = {m: find(m) for m in parent}
    numbers = {r: i for i, r in enumerate(sorted(set(roots.values())))}
    return {m: numbers[r] for m, r in roots.items()}


def pairs_of(groups: dict[str, int]) -> set[tuple[str, str]]:
    members: dict[int, list[str]] = defaultdict(list)
    for m, g in groups.items():
        members[g].append(m)
    return {tuple(sorted(p)) for ms in members.values() for p in itertools.combinations(sorted(ms), 2)}


def score(predicted: set, gold: set, ignored: set) -> tuple[float, float, int, int]:
    predicted = predicted - ignored
    tp = len(predicted & gold)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(gold) if gold else 1.0
    return precision, recall, len(predicted), len(gold)


# ---------------------------------------------------------------- the datasketch side, for comparison


def datasketch_signatures(texts) -> list[bytes]:
    from datasketch import MinHash

    sets = [[s.encode("utf-8") for s in sorted(shingles(t))] for t in texts]
    minhashes = MinHash.bulk(sets, num_perm=NUM_PERM, seed=SEED)
    return [pickle.dumps(m) for m in minhashes]


def datasketch_candidates(signatures) -> set[tuple[str, str]]:
    from datasketch import MinHashLSH

    index = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, NUM_PERM // LSH_BANDS))
    loaded = {k: pickle.loads(s) for k, s in signatures.items()}
    for key, minhash in loaded.items():
        index.insert(key, minhash)
    return {tuple(sorted((k, other))) for k, m in loaded.items() for other in index.query(m) if other != k}


BACKENDS = {
    "rensa": {},
    "datasketch": {"sign": datasketch_signatures, "candidates_of": datasketch_candidates},
}


def best_of(times: int, fn) -> tuple[float, object]:
    """The fastest of `times` calls (the machine is shared: the minimum is the cost), and a result."""
    best, result = float("inf"), None
    for _ in range(times):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def run(backend: str, units: list[Unit], gold_pairs: set, ignored: set, exact_pairs: set, errors: bool) -> dict:
    kwargs = BACKENDS[backend]
    cold, (grouping, cache) = best_of(3, lambda: group_units(units, **kwargs))
    warm, _ = best_of(3, lambda: group_units(units, cache, **kwargs))
    predicted = {
        tuple(sorted(p))
        for cluster in grouping.clusters
        for p in itertools.combinations([u.member_key for u in cluster], 2)
    }
    near_gold = gold_pairs - exact_pairs
    if errors:
        for a, b in sorted(predicted - gold_pairs - ignored):
            print(f"  false positive: {a} ~ {b}")
        for a, b in sorted(gold_pairs - predicted):
            print(f"  missed: {a} ~ {b}")
    return {
        "predicted": predicted,
        "backend": backend,
        "all": score(predicted, gold_pairs, ignored),
        "exact": score(predicted & exact_pairs, exact_pairs, set()),
        "near": score(predicted - exact_pairs, near_gold, ignored),
        "cold": cold,
        "warm": warm,
        "candidates": grouping.candidate_pairs,
        "verified": grouping.verified_pairs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--backend", choices=[*BACKENDS, "both"], default="both")
    parser.add_argument("--synthetic", type=int, default=250, help="synthetic copies to make")
    parser.add_argument("--errors", action="store_true", help="list false positives and missed pairs")
    parser.add_argument("--find-gold", action="store_true", help="rewrite the gold of the corpus's own duplicates")
    args = parser.parse_args()
    texts = corpus_files(args.corpus)
    if args.find_gold:
        write_gold(texts)
        return
    gold_rows = read_gold()
    key = lambda f: f"{f}:0"  # noqa: E731  a BBC file is one article, the whole of it
    positive = [(key(r["file_a"]), key(r["file_b"])) for r in gold_rows if r["label"] in ("exact", "near")]
    exact_pairs = {tuple(sorted((key(r["file_a"]), key(r["file_b"])))) for r in gold_rows if r["label"] == "exact"}
    ignored = {tuple(sorted((key(r["file_a"]), key(r["file_b"])))) for r in gold_rows if r["label"] == "related"}
    gold_files = {r[f] for r in gold_rows for f in ("file_a", "file_b") if r["label"] != "distinct"}
    synthetic, expected, apart = synthetic_units(texts, gold_files, args.synthetic)
    gold_pairs = pairs_of(groups_from_pairs(positive + [(a, b) for a, b, _ in expected]))
    distinct = {tuple(sorted((key(r["file_a"]), key(r["file_b"])))) for r in gold_rows if r["label"] == "distinct"}
    distinct |= {tuple(sorted(p)) for p in apart}
    # Exact gold pairs carry into the closure: a pair of exact copies of one file is exact too.
    corpus_units = [Unit(name, 0, text) for name, text in texts.items()]
    units = corpus_units + synthetic
    hard = len(distinct)
    print(
        f"gold: {len(exact_pairs)} exact and {len(pairs_of(groups_from_pairs(positive))) - len(exact_pairs)} near "
        f"pairs in the corpus, {len(expected)} synthetic copies ({', '.join(KINDS)}), {hard} hard negatives "
        f"(same topic in the corpus, and the two stories of each digest page), "
        f"{len(ignored)} related pairs left out; Jaccard ≥ {JACCARD_MIN}, {NUM_PERM} permutations, {LSH_BANDS} bands"
    )
    backends = list(BACKENDS) if args.backend == "both" else [args.backend]
    print(f"{'backend':<12}{'pairs P / R':>16}{'exact P / R':>16}{'near P / R':>16}{'cold s':>9}{'warm s':>9}"
          f"{'corpus cold s':>15}{'candidates':>12}")  # fmt: skip
    results = []
    for backend in backends:
        r = run(backend, units, gold_pairs, ignored, exact_pairs, args.errors)
        corpus_cold, _ = best_of(3, lambda: group_units(corpus_units, **BACKENDS[backend]))  # noqa: B023
        cells = "".join(f"{r[k][0]:>8.3f} /{r[k][1]:.3f}" for k in ("all", "exact", "near"))
        print(f"{backend:<12}{cells}{r['cold']:>9.2f}{r['warm']:>9.2f}{corpus_cold:>15.2f}{r['candidates']:>12}")
        results.append(r)
    predicted = results[0]["predicted"]
    print(f"hard negatives joined: {len(distinct & predicted)} of {len(distinct)}")
    for kind in KINDS:
        pairs = {tuple(sorted((a, b))) for a, b, k in expected if k == kind}
        print(f"synthetic {kind:<12} recall {len(pairs & predicted) / len(pairs):.3f} ({len(pairs)} pairs)")


if __name__ == "__main__":
    main()
