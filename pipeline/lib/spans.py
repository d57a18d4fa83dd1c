"""Span refinement before resolution, with the paragraphs at hand: a model span holding two names
is cut into one mention per name.

* a person's span opening with a country's demonym ("Kenyan Susan Chepkemei") is the country and
  the person;
* an organisation's span opening with a country's name, where the rest is a known name ("US Federal
  Reserve" beside "the Federal Reserve"), is the country and the organisation;
* a span joining known names by "and", "&" or commas ("Duchy of Lancaster and Duchy of Cornwall") is
  one mention per name.

The first part keeps the span's mention id; the others get `<article>:<paragraph>:<start>` ids, and
every part has `source` "split".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.lib.countries import is_demonym, iso3_for
from pipeline.lib.names import clean_surface
from pipeline.lib.rematch import words_of

if TYPE_CHECKING:
    from pipeline.lib.resolve import MentionIn


def split_demonyms(mentions: list[MentionIn]) -> list[MentionIn]:
    """A person span opening with a country's demonym ("Kenyan Susan Chepkemei") is two mentions:
    the demonym (a mention of the country, keeping the span's id) and the person."""
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label == "PERSON"
            and m.char_start is not None
            and len(words) >= 3
            and words[0][:1].isupper()
            and words[1][:1].isupper()
            and is_demonym(words[0])
        ):
            cut = m.text.index(words[1], len(words[0]))
            start = m.char_start + cut
            out.append(replace(m, text=words[0], label="NORP", char_end=m.char_start + len(words[0]), source="split"))
            out.append(
                replace(
                    m,
                    mention_id=f"{m.article_id}:{m.paragraph_no}:{start}",
                    text=m.text[cut:],
                    char_start=start,
                    source="split",
                )
            )
        else:
            out.append(m)
    return out


_CONJOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def split_country_prefix(mentions: list[MentionIn], known_words: set) -> list[MentionIn]:
    """An organisation's span opening with a country's name or abbreviation, where the rest is a
    name known on its own ("US Federal Reserve" beside "the Federal Reserve"), is the country and
    the organisation; the country keeps the span's id."""
    out = []
    for m in mentions:
        words = m.text.split()
        if m.char_start is None or m.label != "ORG" or len(words) < 3 or not words[0][:1].isupper():
            out.append(m)
            continue
        rest = m.text[len(words[0]) :].lstrip()
        if not (iso3_for(words[0]) and words_of(rest) in known_words):
            out.append(m)
            continue
        start = m.char_start + len(m.text) - len(rest)
        out.append(replace(m, text=words[0], label="GPE", char_end=m.char_start + len(words[0]), source="split"))
        out.append(replace(m, mention_id=f"{m.article_id}:{m.paragraph_no}:{start}", text=rest, char_start=start,
                           source="split"))  # fmt: skip
    return out


def split_conjoined(mentions: list[MentionIn], known_words: set) -> list[MentionIn]:
    """A model span that is two or more known names joined by "and", "&" or commas ("Duchy of
    Lancaster and Duchy of Cornwall", "Napster, Musicmatch") is one mention per name; the first
    keeps the span's id."""
    out = []
    for m in mentions:
        parts = _CONJOINED.split(m.text) if m.char_start is not None else [m.text]
        if len(parts) < 2 or not all(
            p.strip() and (words_of(clean_surface(p, person=False).text) or ()) in known_words for p in parts
        ):
            out.append(m)
            continue
        cursor = 0
        for k, part in enumerate(parts):
            offset = m.text.index(part, cursor)
            cursor = offset + len(part)
            start = m.char_start + offset
            mention_id = m.mention_id if k == 0 else f"{m.article_id}:{m.paragraph_no}:{start}"
            out.append(replace(m, mention_id=mention_id, text=part, char_start=start, char_end=start + len(part),
                               source="split"))  # fmt: skip
    return out
