"""Stable identifiers: partition keys for raw files and ids for articles.

A raw file's partition key is also its `doc_id`: the warehouse mirrors `raw/`, so a file's
identity is its name. Keys are restricted to a safe alphabet so they work as Dagster partition
keys, in URLs of the UI and on any file system; a name that needs changing gets a short hash of
the original name appended so two different names never collide.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping

MAX_KEY_CHARS = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def text_sha256(text: str) -> str:
    """Content key of a paragraph in the NER and parse caches."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:n]


def partition_key_for(file_name: str) -> str:
    """'latin-america-listing.txt' stays as it is; 'Año 1/«x».txt' → 'Ano_1_x_.txt-3f2a9c1b'."""
    ascii_name = unicodedata.normalize("NFKD", file_name).encode("ascii", "ignore").decode()
    safe = _UNSAFE.sub("_", ascii_name).strip("._-") or "file"
    if safe == file_name and len(safe) <= MAX_KEY_CHARS:
        return safe
    return f"{safe[: MAX_KEY_CHARS - 9]}-{_short_hash(file_name)}"


def article_id(doc_id: str, title: str, occurrence: int) -> str:
    """Same document, title and n-th occurrence of that title → same id, across reruns.

    Positions are not part of the id, so an article inserted above another in a listing page
    does not renumber the ones below it.
    """
    return _short_hash(f"{doc_id}\x1f{title}\x1f{occurrence}", 16)


def record_article_id(doc_id: str, record_key: str, occurrence: int) -> str:
    """The article of one export record: keyed by its URL (or `line N` when it has none) and the
    n-th occurrence of that key in the file, so records added above it do not change its id."""
    return _short_hash(f"{doc_id}\x1frecord\x1f{record_key}\x1f{occurrence}", 16)


def _mint_id(prefix: str, cluster_key: str) -> str:
    return prefix + hashlib.sha256(cluster_key.encode("utf-8")).hexdigest()[:12]


def assign_stable_ids(clusters: Mapping[str, set[str]], previous: Mapping[str, str], prefix: str) -> dict[str, str]:
    """Cluster key → id, reusing the id most of a cluster's member keys had in `previous` (the
    registry of the last run: member key → id); a cluster none of whose members is known gets an
    id derived from its key. Entities and stories keep their ids across reruns this way."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    # Bigger clusters choose first, so a merge keeps the id of the larger side.
    for key in sorted(clusters, key=lambda k: (-len(clusters[k]), k)):
        votes = Counter(previous[m] for m in clusters[key] if m in previous)
        chosen = next(
            (eid for eid, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if eid not in used), None
        )
        if chosen is None:
            chosen, salt = _mint_id(prefix, key), 0
            while chosen in used:
                salt += 1
                chosen = _mint_id(prefix, f"{key}#{salt}")
        ids[key] = chosen
        used.add(chosen)
    return ids
