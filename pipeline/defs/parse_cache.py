"""The dependency-parse cache in the warehouse (`parse_cache`), shared by two stages: the per-file
spaCy step parses its files' cue sentences ahead (`parse_ahead`), and the corpus-wide event step
reads them back (`parses_for`), parsing only what is still missing."""

import polars as pl

from pipeline.defs.resources import SpacyResource, WarehouseResource
from pipeline.lib.events.meetings import ParseCache, parser_version
from pipeline.lib.store.warehouse import add_cache_rows
from pipeline.lib.text.ids import text_sha256


def store_parses(con, parse: ParseCache, version: str) -> None:
    rows = pl.DataFrame(
        {"text_sha256": list(parse.new), "model": version, "doc": list(parse.new.values())},
        schema={"text_sha256": pl.String, "model": pl.String, "doc": pl.Binary},
    )
    add_cache_rows(con, "parse_cache", rows)


def _cached_parses(warehouse: WarehouseResource, version: str, texts: list[str]) -> dict[str, bytes]:
    """The stored parses of `texts` (by SHA-256): only those, not the whole `parse_cache`."""
    with warehouse.connect() as con:
        return dict(
            con.execute(
                "SELECT text_sha256, doc FROM parse_cache WHERE model = ? AND text_sha256 IN (SELECT unnest(?))",
                [version, list({text_sha256(t) for t in texts})],
            ).fetchall()
        )


def parses_for(warehouse: WarehouseResource, spacy: SpacyResource, texts: list[str], log) -> tuple[ParseCache, str]:
    """A parse cache holding every one of `texts`: the stored parses, then the missing ones made
    in one `nlp.pipe` (on both cores when there are enough). Returns it with the parser version.
    The model runs with no database connection open."""
    model = spacy.parser_model
    version = parser_version(model)
    parse = ParseCache(model, _cached_parses(warehouse, version, texts))
    missing = parse.missing(texts)
    if missing:
        n_process = spacy.processes_for(len(missing))
        log.info(f"dependency parse of {len(missing)} new cue paragraphs with {version}, {n_process} process(es)")
        parse.parse_missing(missing, n_process=n_process)
    return parse, version


def parse_ahead(warehouse: WarehouseResource, spacy: SpacyResource, texts: list[str], log) -> int:
    """Dependency-parse the `texts` not in `parse_cache` yet and store them; returns how many.

    The per-file spaCy step calls this with its files' cue sentences (`cues.parse_text`), so the
    parses are made per batch (on both cores when two batch runs are going) and the corpus-wide
    event step, which runs alone, only reads them."""
    if not texts:
        return 0
    parse, version = parses_for(warehouse, spacy, texts, log)
    if parse.new:
        with warehouse.connect() as con:
            store_parses(con, parse, version)
    return len(parse.new)
