"""Frames for the entity tables: NER spans → `ner_mentions`; a resolution → `entity_mentions`,
`entities`, `entity_aliases` and the id registry. Pure: no Dagster, no database."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl

from pipeline.lib.nlp.mentions import Span
from pipeline.lib.nlp.names import role_after, title_before
from pipeline.lib.nlp.resolve import Resolution
from pipeline.lib.store.schemas import Entities, EntityAliases, EntityMentions, NerMentions, frame_of, polars_schema
from pipeline.lib.store.tables import quarantine_frame, split_rows


def spans_to_json(spans: list[Span]) -> str:
    return json.dumps([[s.char_start, s.char_end, s.text, s.label] for s in spans], ensure_ascii=False)


def spans_from_json(payload: str) -> list[Span]:
    return [Span(*item) for item in json.loads(payload)]


def mention_id(article_id: str, paragraph_no: int, char_start: int) -> str:
    """Stable: the same paragraph position always yields the same id."""
    return f"{article_id}:{paragraph_no}:{char_start}"


def ner_frame(paragraphs: pl.DataFrame, spans_by_text: dict[str, list[Span]]) -> pl.DataFrame:
    """`paragraphs` has doc_id, article_id, paragraph_no, text; spans are looked up by paragraph text."""
    rows = [
        {
            "mention_id": mention_id(article_id, paragraph_no, s.char_start),
            "article_id": article_id,
            "doc_id": doc_id,
            "paragraph_no": paragraph_no,
            "char_start": s.char_start,
            "char_end": s.char_end,
            "text": s.text,
            "label": s.label,
            "title_before": title_before(text, s.char_start),
            "role_after": role_after(text, s.char_end) if s.label == "PERSON" else None,
        }
        for doc_id, article_id, paragraph_no, text in paragraphs.select(
            "doc_id", "article_id", "paragraph_no", "text"
        ).iter_rows()
        for s in spans_by_text.get(text, [])
    ]
    return frame_of(NerMentions, rows)


def resolution_frames(
    ner: pl.DataFrame, resolution: Resolution, paragraphs: dict[tuple[str, int], str] | None = None
) -> dict[str, pl.DataFrame]:
    """The entity tables of a resolution. A mention the second pass added, widened or split has its
    own offsets and text (`ResolvedMention`); every other column of a model mention comes from
    `ner_mentions`. `paragraphs` ((article_id, paragraph_no) → text) gives added mentions their
    appositive role. Mentions that are not names (`resolution.rejected`) become quarantine rows."""
    by_id = {row["mention_id"]: row for row in ner.iter_rows(named=True)}
    doc_of = dict(zip(ner["article_id"].to_list(), ner["doc_id"].to_list(), strict=True))
    rows = []
    for m in resolution.mentions:
        base = by_id.get(m.mention_id)
        changed = (
            base is None or m.source != "model" or (m.char_start is not None and m.char_start != base["char_start"])
        )
        if not changed:
            row = {k: base[k] for k in ("mention_id", "article_id", "doc_id", "paragraph_no", "char_start", "char_end",
                                        "text", "label")}  # fmt: skip
            row["appositive_role"] = base.get("role_after")
        else:
            text = (paragraphs or {}).get((m.article_id, m.paragraph_no))
            row = {
                "mention_id": m.mention_id,
                "article_id": m.article_id,
                "doc_id": doc_of.get(m.article_id, base["doc_id"] if base else None),
                "paragraph_no": m.paragraph_no,
                "char_start": m.char_start,
                "char_end": m.char_end,
                "text": m.text,
                "label": m.label,
                "appositive_role": role_after(text, m.char_end) if text and m.type == "PERSON" else None,
            }
        row.update(entity_id=m.entity_id, name=m.name, role=m.role, kind=m.kind, source=m.source)
        rows.append(row)
    mentions = frame_of(EntityMentions, rows)
    entities = pl.DataFrame([e.__dict__ for e in resolution.entities], schema=polars_schema(Entities))
    aliases = pl.DataFrame(resolution.aliases, schema=polars_schema(EntityAliases), orient="row")
    registry = pl.DataFrame(
        {"member_key": list(resolution.registry), "entity_id": list(resolution.registry.values())},
        schema={"member_key": pl.String, "entity_id": pl.String},
    )
    rejected = [
        {"table_name": "entity_mentions", "doc_id": doc_of.get(by_id[mid]["article_id"]) if mid in by_id else None,
         "row_key": mid, "reason": reason}
        for mid, reason in resolution.rejected
    ]  # fmt: skip
    return {
        "entity_mentions": mentions,
        "entities": entities,
        "entity_aliases": aliases,
        "entity_registry": registry,
        "rejected": rejected,
    }


def split_entity_frames(
    frames: dict[str, pl.DataFrame], detected_at: dt.datetime
) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Validate the entity tables; an invalid entity takes its mentions and aliases with it."""
    entities, q_entities = split_rows("entities", Entities, frames["entities"], pl.col("entity_id"), detected_at)
    dropped = set(frames["entities"]["entity_id"]) - set(entities["entity_id"])
    out = {"entities": entities}
    quarantined = [q_entities]
    for table, model, key in (
        ("entity_mentions", EntityMentions, pl.col("mention_id")),
        ("entity_aliases", EntityAliases, pl.format("{}/{}", "entity_id", "alias")),
    ):
        df = frames[table]
        orphans = df.filter(pl.col("entity_id").is_in(list(dropped)))
        if orphans.height:
            quarantined.append(
                quarantine_frame(
                    [
                        {
                            "table_name": table,
                            "doc_id": row.get("doc_id"),
                            "row_key": row["_key"],
                            "reason": f"entity {row['entity_id']} quarantined",
                            "detected_at": detected_at,
                        }
                        for row in orphans.with_columns(key.alias("_key")).iter_rows(named=True)
                    ]
                )
            )
        valid, q = split_rows(table, model, df.filter(~pl.col("entity_id").is_in(list(dropped))), key, detected_at)
        out[table] = valid
        quarantined.append(q)
    out["entity_registry"] = frames["entity_registry"]
    # Spans that are no names ("us", "we", a bare title) never become entities; they are kept in
    # quarantine with the reason, so every NER mention stays accounted for.
    rejected = frames.get("rejected") or []
    if rejected:
        quarantined.append(quarantine_frame([{**r, "detected_at": detected_at} for r in rejected]))
    return out, pl.concat(quarantined)
