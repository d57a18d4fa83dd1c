"""BBC corpus helpers for the entity benchmark: which files, their paragraphs, cached NER spans.

The BBC text is read from the shared corpus (`/work/shared/corpora/bbc`, or `$BBC_CORPUS`) and never
stored in the repository. Files go through the pipeline's own library calls: `decode_document`,
`parse_document` (one article per file, title on line 1), spaCy NER per paragraph, then `resolve`.

spaCy's raw entity spans are cached per paragraph text and model version in a JSON-lines file
(`/tmp/entities_bench_ner_cache/<version>.jsonl` by default, `$ENTITIES_BENCH_CACHE` to move it),
so reruns of the benchmark do not pay for NER again. The cache holds the model's own spans (before
`add_country_names`), so "spaCy alone" and the pipeline are both derived from one model run.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.lib.nlp.mentions import ENTITY_LABELS, Span, load_model, pipeline_version
from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.rawtext import decode_document

ROOT = Path(__file__).resolve().parent.parent
BBC = Path(os.environ.get("BBC_CORPUS", "/work/shared/corpora/bbc"))
BBC_GOLD = ROOT / "benchmarks" / "gold" / "bbc_entities_gold.jsonl"
CACHE_DIR = Path(os.environ.get("ENTITIES_BENCH_CACHE", "/tmp/entities_bench_ner_cache"))


@dataclass(frozen=True)
class BbcParagraph:
    file: str  # "politics/011.txt"
    paragraph_no: int
    line_no: int
    text: str


def all_files() -> list[str]:
    return sorted(p.relative_to(BBC).as_posix() for p in BBC.glob("*/*.txt"))


def gold_files() -> list[str]:
    seen: dict[str, None] = {}
    for line in BBC_GOLD.read_text(encoding="utf-8").splitlines():
        seen.setdefault(json.loads(line)["file"], None)
    return list(seen)


def realistic_files(n_other: int = 300) -> list[str]:
    """The gold files plus `n_other` other BBC files spread evenly over the sorted list (every k-th),
    so resolution sees recurring names from other stories as it would in the warehouse."""
    gold = gold_files()
    others = [f for f in all_files() if f not in set(gold)]
    step = max(1, len(others) // n_other) if n_other else len(others) + 1
    return gold + others[::step][:n_other]


def paragraphs_of(files: list[str]) -> list[BbcParagraph]:
    out = []
    for name in files:
        doc = decode_document((BBC / name).read_bytes())
        for article in parse_document(doc.text).articles:
            out.extend(BbcParagraph(name, p.paragraph_no, p.line_no, p.text) for p in article.paragraphs)
    return out


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def model_spans(texts: list[str], model: str, n_process: int = 1) -> dict[str, list[Span]]:
    """spaCy's own spans (labels in ENTITY_LABELS) for each distinct text, through the disk cache."""
    nlp = load_model(model)
    path = CACHE_DIR / f"{pipeline_version(nlp, model)}.jsonl"
    cache: dict[str, list[Span]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            sha, spans = json.loads(line)
            cache[sha] = [Span(*s) for s in spans]
    todo = list(dict.fromkeys(t for t in texts if _sha(t) not in cache))
    if todo:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            for text, doc in zip(todo, nlp.pipe(todo, batch_size=64, n_process=n_process), strict=True):
                spans = [
                    Span(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS
                ]
                cache[_sha(text)] = spans
                f.write(json.dumps([_sha(text), [[s.char_start, s.char_end, s.text, s.label] for s in spans]]) + "\n")
    return {t: cache[_sha(t)] for t in texts}


if __name__ == "__main__":  # warm the cache: uv run python benchmarks/bbc_entities.py [all]
    import sys

    from pipeline.lib.nlp.mentions import DEFAULT_MODEL

    files = all_files() if sys.argv[1:] == ["all"] else realistic_files()
    paras = paragraphs_of(files)
    model_spans([p.text for p in paras], DEFAULT_MODEL, n_process=2 if sys.argv[1:] == ["all"] else 1)
    print(f"{len(files)} files, {len(paras)} paragraphs cached")
