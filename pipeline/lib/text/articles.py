"""Text → articles, paragraphs and embedded sections.

Splitting rule for a listing page (and, unchanged, for a one-article file):

* A line `Continue reading <title>` ends the article called <title>. That article starts at the
  first line, after the previous marker, whose text equals <title> (compared after Unicode,
  quote and whitespace normalisation; a target ending in an ellipsis matches as a prefix).
* Non-blank lines between the previous marker and that title line are an article *without* a
  marker: its first non-blank line is its title. The listing page has two such articles.
* Lines after the last marker, or a whole file with no marker, form one article whose title is
  the first non-blank line (the format of one-article-per-file corpora such as BBC News).
* If a marker's title cannot be found, the whole stretch is one marked article titled by its
  first line; the mismatch is reported in `ParsedDocument.warnings`.

Within an article every non-blank line is one paragraph. A paragraph is a `bullet`, an
`attribution` (it names an outlet the article republishes or quotes), a `sub-heading` (short,
no closing punctuation) or `text`. Republished items embedded in an article become sections
1..n (section 0 is the article's own text). A section starts at:
  - a heading line followed by a paragraph that opens with a dateline (the heading is its title);
  - otherwise a paragraph that opens with a dateline, or the first paragraph after a sentence
    such as "The following article was first published by ..." (an untitled section).
A dateline at the start of an article's first paragraph belongs to the article itself.

Hard-wrapped files (newswire copy cut at a fixed width) are first reflowed by
`pipeline.lib.text.reflow`: the file's own line-length profile decides whether it is wrapped, and if so
its wrapped lines are joined into one line per paragraph, each numbered by its first source line.
Files that are not wrapped are split exactly as written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from pipeline.lib.text.attributions import Attribution, find_attributions, introduces_republished
from pipeline.lib.text.datelines import Dateline, parse_dateline
from pipeline.lib.text.reflow import BULLET as _BULLET
from pipeline.lib.text.reflow import MARKER as _MARKER
from pipeline.lib.text.reflow import reflow

KIND_TEXT = "text"
KIND_BULLET = "bullet"
KIND_SUBHEADING = "sub-heading"
KIND_ATTRIBUTION = "attribution"
PARAGRAPH_KINDS = (KIND_TEXT, KIND_BULLET, KIND_SUBHEADING, KIND_ATTRIBUTION)

_CLOSING_PUNCTUATION = tuple(".!?:;,\"”’')…")
_ELLIPSIS = ("…", "...")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
MAX_HEADING_WORDS = 30


@dataclass(frozen=True)
class Paragraph:
    paragraph_no: int
    section_no: int
    kind: str
    text: str
    line_no: int


@dataclass(frozen=True)
class Section:
    section_no: int
    title: str | None
    dateline: Dateline | None
    first_paragraph_no: int


@dataclass(frozen=True)
class Article:
    position: int
    title: str
    title_line_no: int
    has_continue_marker: bool
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    dateline: Dateline | None
    attributions: tuple[tuple[int, Attribution], ...]  # (paragraph_no, attribution)

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def n_words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class Marker:
    line_no: int
    target: str
    article_position: int | None  # None when the marker closed nothing


@dataclass
class ParsedDocument:
    articles: list[Article] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The file was hard-wrapped and has been reflowed (see pipeline.lib.text.reflow); its wrap width.
    reflowed: bool = False
    wrap_width: int | None = None


def normalise_title(text: str) -> str:
    """Comparison key for titles: NFKC, plain quotes and dashes, single spaces, casefolded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def _title_matches(line: str, target_key: str) -> bool:
    key = normalise_title(line)
    if key == target_key:
        return True
    for ellipsis in _ELLIPSIS:
        if target_key.endswith(ellipsis):
            stem = target_key[: -len(ellipsis)].rstrip()
            return bool(stem) and key.startswith(stem)
    return False


def is_heading(text: str) -> bool:
    """A short line with no closing punctuation that starts with a capital or a digit."""
    text = text.strip()
    return (
        bool(text)
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith(_CLOSING_PUNCTUATION)
        and len(text.split()) <= MAX_HEADING_WORDS
        and not _BULLET.match(text)
    )


def paragraph_kind(text: str) -> str:
    if _BULLET.match(text):
        return KIND_BULLET
    if introduces_republished(text) or find_attributions(text):
        return KIND_ATTRIBUTION
    if is_heading(text):
        return KIND_SUBHEADING
    return KIND_TEXT


def _build_article(position: int, lines: list[tuple[int, str]], has_marker: bool) -> Article:
    """`lines` are (1-based line number, text) pairs, blank lines already removed."""
    (title_line_no, title), body = lines[0], lines[1:]
    texts = [text.strip() for _, text in body]
    datelines = [parse_dateline(t) for t in texts]

    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    attributions: list[tuple[int, Attribution]] = []
    section_no = 0
    after_intro = False  # previous paragraph announced republished content
    for i, ((line_no, _), text) in enumerate(zip(body, texts, strict=True)):
        paragraph_no = i + 1
        kind = paragraph_kind(text)
        next_has_dateline = i + 1 < len(texts) and datelines[i + 1] is not None
        if i > 0 or datelines[i] is None:
            starts_titled = kind == KIND_SUBHEADING and next_has_dateline
            prev_was_title = (
                bool(sections)
                and sections[-1].first_paragraph_no == paragraph_no - 1
                and sections[-1].title is not None
            )
            if starts_titled:
                section_no += 1
                sections.append(Section(section_no, text, datelines[i + 1], paragraph_no))
            elif (datelines[i] is not None and i > 0 and not prev_was_title) or after_intro:
                section_no += 1
                sections.append(Section(section_no, None, datelines[i], paragraph_no))
        after_intro = kind == KIND_ATTRIBUTION and introduces_republished(text)
        if kind == KIND_ATTRIBUTION:
            attributions.extend((paragraph_no, a) for a in find_attributions(text))
        paragraphs.append(Paragraph(paragraph_no, section_no, kind, text, line_no))

    return Article(
        position=position,
        title=title.strip(),
        title_line_no=title_line_no,
        has_continue_marker=has_marker,
        paragraphs=tuple(paragraphs),
        sections=tuple(sections),
        dateline=datelines[0] if datelines else None,
        attributions=tuple(attributions),
    )


def parse_document(text: str) -> ParsedDocument:
    """Split a decoded document (LF line endings) into articles."""
    reflowed = reflow(text)
    parsed = ParsedDocument(
        reflowed=reflowed.reflowed,
        wrap_width=reflowed.profile.width if reflowed.profile else None,
    )
    numbered = list(reflowed.lines)  # (first source line number, logical line)

    def add_article(lines: list[tuple[int, str]], has_marker: bool) -> int:
        position = len(parsed.articles) + 1
        parsed.articles.append(_build_article(position, lines, has_marker))
        return position

    def close_segment(segment: list[tuple[int, str]], marker: tuple[int, str] | None) -> None:
        lines = [(n, line) for n, line in segment if line.strip()]
        if marker is None:
            if lines:
                add_article(lines, has_marker=False)
            return
        marker_line, target = marker
        position = None
        if not lines:
            parsed.warnings.append(f"line {marker_line}: 'Continue reading {target}' closes no article")
        else:
            target_key = normalise_title(target)
            start = next(
                (i for i, (_, line) in enumerate(lines) if target_key and _title_matches(line, target_key)),
                None,
            )
            if start is None:
                start = 0
                if target_key:
                    parsed.warnings.append(
                        f"line {marker_line}: no title line matches 'Continue reading {target}'; "
                        f"took line {lines[0][0]} as the title"
                    )
            if start > 0:
                add_article(lines[:start], has_marker=False)
            position = add_article(lines[start:], has_marker=True)
        parsed.markers.append(Marker(marker_line, target, position))

    segment: list[tuple[int, str]] = []
    for line_no, line in numbered:
        match = _MARKER.match(line)
        if match:
            close_segment(segment, (line_no, match.group("target")))
            segment = []
        else:
            segment.append((line_no, line))
    close_segment(segment, None)
    return parsed
