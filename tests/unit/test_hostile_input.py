"""Property-based tests: the parser never crashes and loses no text; any file name is a safe key."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.ids import MAX_KEY_CHARS, partition_key_for
from pipeline.lib.text.rawtext import decode_document

# Lines that look like the real thing: titles, markers, datelines, bullets, attributions, noise.
LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "   ",
            "Continue reading ",
            "Continue reading Some title",
            "Some title",
            "  • a bullet",
            "BEIJING, July 9 (Xinhua) — text",
            "The following article was first published by Orinoco Tribune.",
            "(",
            "[CELAC]",
            "…",
            "\u00a0",
            "\t",
        ]
    ),
    st.builds(lambda t: f"Continue reading {t}", st.text(max_size=40)),
)


def kept_lines(parsed) -> set[str]:
    kept = {a.title for a in parsed.articles}
    kept |= {p.text for a in parsed.articles for p in a.paragraphs}
    return kept


def marker_lines(parsed) -> set[str]:
    return {m.target for m in parsed.markers}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, max_size=40))
def test_parser_never_crashes_and_loses_no_line(lines):
    text = "\n".join(line.replace("\r", " ").replace("\n", " ") for line in lines)
    parsed = parse_document(text)
    kept = kept_lines(parsed)
    targets = marker_lines(parsed)
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        as_marker = re.match(r"^\s*Continue reading\b[ \t:]*(.*?)\s*$", line)
        assert stripped in kept or (as_marker and as_marker.group(1) in targets), line
    # Positions are 1..n and paragraphs contiguous: the invariants the warehouse validates.
    assert [a.position for a in parsed.articles] == list(range(1, len(parsed.articles) + 1))
    for article in parsed.articles:
        assert article.title.strip() and "\n" not in article.title
        assert [p.paragraph_no for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoder_never_crashes_and_always_explains_itself(data):
    doc = decode_document(data)
    assert doc.status in ("ok", "flagged", "rejected")
    if doc.status != "ok":
        assert doc.reason
    if doc.text is not None:
        assert "\r" not in doc.text and "\x00" not in doc.text
        parse_document(doc.text)


NAMES = st.one_of(
    st.text(min_size=1, max_size=300),
    st.sampled_from(
        [
            "with space.txt",
            "año 2025 – informe.txt",
            'quote\'s "double".txt',
            "../../etc/passwd",
            "a/b\\c.txt",
            "x'); DROP TABLE articles;--.txt",
            "CON",
            "." * 5,
            "名前.txt",
            "x" * 400 + ".txt",
        ]
    ),
)


@settings(max_examples=500, deadline=None)
@given(NAMES)
def test_partition_keys_are_safe_and_distinct(name):
    key = partition_key_for(name)
    assert re.fullmatch(r"[A-Za-z0-9._-]+", key), key
    assert len(key) <= MAX_KEY_CHARS
    assert not key.startswith(".") and ".." not in key.split("/")
    assert partition_key_for(name) == key  # stable


@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60))
def test_different_names_never_share_a_key(a, b):
    if a != b:
        assert partition_key_for(a) != partition_key_for(b)


def test_cli_batches_are_contiguous_ranges_of_partitions():
    from pipeline.runner import contiguous_batches

    keys = ["a", "b", "c", "d", "e", "f"]
    assert contiguous_batches(keys, keys, 4) == [["a", "b", "c", "d"], ["e", "f"]]
    assert contiguous_batches(keys, ["a", "c", "d", "f"], 10) == [["a"], ["c", "d"], ["f"]]
    assert contiguous_batches(keys, [], 3) == []


def test_batches_keep_every_worker_busy_to_the_end():
    from pipeline.runner import balanced_batch_size

    def batches(n, most, workers):
        size = balanced_batch_size(n, most, workers)
        assert size <= most
        return -(-n // size)

    assert balanced_batch_size(2225, 250, 2) == 223 and batches(2225, 250, 2) == 10
    assert batches(8900, 250, 2) == 36
    assert balanced_batch_size(150, 250, 2) == 75  # two batches, one per worker
    assert balanced_batch_size(4, 250, 1) == 4  # one process: one batch
    assert balanced_batch_size(0, 250, 2) == 1
    for n in range(1, 600, 7):
        assert batches(n, 50, 2) % 2 == 0 or n <= 1  # an even number of batches, the last not alone
