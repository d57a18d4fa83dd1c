"""Saved web pages (`.html`, `.htm`) → main text and metadata, with trafilatura.

trafilatura is the field's standard extractor of a page's main text: it drops navigation, related
links, cookie banners, comment threads and footers (copyright, legal links), and reads the page's
metadata: title, publication date (through htmldate: `article:published_time`, JSON-LD, `<time>`,
the URL), site name (`og:site_name`, JSON-LD publisher) and canonical URL (`<link rel=canonical>`,
`og:url`). It runs with `favor_precision`, which prefers losing a doubtful line to keeping
boilerplate, and without comments.

The page's text becomes a plain-text document: the title on the first line, then one paragraph
per line, so that it goes through the same article splitting and reflow as a `.txt` file.

Bytes → text: a page that is valid UTF-8 is UTF-8 whatever it declares (a wrong `<meta charset>`
is more common than UTF-8 bytes that happen to decode). Otherwise the charset the page declares
in its first bytes (`<meta charset>`, `http-equiv` Content-Type, or an XML declaration) is used when
Python knows it; otherwise the bytes follow the plain-text policy of `pipeline.lib.text.rawtext`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass, replace
from importlib.metadata import version

from pipeline.lib.text.rawtext import STATUS_FLAGGED, STATUS_REJECTED, DecodedDocument, decode_document

# The HTML standard's prescan looks at the first 1024 bytes; pages saved by browsers and
# scrapers sometimes put scripts first, so this looks a little further.
CHARSET_PRESCAN_BYTES = 4096
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)


def extractor_name() -> str:
    """What extracted the text, as recorded in `documents.extractor` (`trafilatura 2.3.1`)."""
    return f"trafilatura {version('trafilatura')}"


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset a page declares near its start; None when it declares
    none or one Python does not know."""
    match = _DECLARED_CHARSET.search(data[:CHARSET_PRESCAN_BYTES])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): pages labelled latin-1 or ASCII are windows-1252.
    return "cp1252" if name in ("iso8859-1", "latin-1", "ascii") else name


@dataclass(frozen=True)
class WebPage:
    title: str | None
    text: str  # main text, one paragraph per line
    published_date: dt.date | None
    site_name: str | None
    url: str | None

    def document_text(self) -> str:
        """Title line, blank line, then the paragraphs: the shape of a one-article text file."""
        lines = [line.strip() for line in self.text.split("\n") if line.strip()]
        title = (self.title or "").strip()
        if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
            lines = lines[1:]  # the page's <h1> repeats its title
        head = [title, ""] if title else []
        return "\n".join(head + lines) + "\n"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def extract_page(html: str) -> WebPage | None:
    """Main text and metadata of one page; None when the page has no main text to extract."""
    import trafilatura  # imported when a page is read: it loads lxml and its date heuristics

    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    if found is None or not (found.text or "").strip():
        return None
    return WebPage(
        title=(found.title or "").strip() or None,
        text=found.text,
        published_date=_date(found.date),
        site_name=(found.sitename or "").strip() or None,
        url=(found.url or "").strip() or None,
    )


def _page_text(data: bytes, decoded: DecodedDocument) -> DecodedDocument:
    """Prefer the page's declared charset to the plain-text guess when the bytes are not UTF-8."""
    declared = declared_charset(data)
    if decoded.encoding in (None, "utf-8", declared) or declared is None or declared.startswith("utf"):
        return decoded
    try:
        text = data.decode(declared)
    except UnicodeDecodeError:
        return decoded  # the declaration is wrong: keep the plain-text policy's choice
    note = f"not valid UTF-8; decoded as {declared}, the charset the page declares"
    return replace(decoded, encoding=declared, text=text, status=STATUS_FLAGGED, reason=note, notes=(note,))


def read_page(data: bytes, *, max_file_bytes: int, max_line_chars: int) -> tuple[DecodedDocument, WebPage | None]:
    """A saved page's bytes → its `documents` text (the extracted main text) and its metadata.

    The line-length limit applies to the extracted text, not to the markup (minified pages are one
    long line). A page with no main text is rejected with that reason."""
    decoded = decode_document(data, max_file_bytes=max_file_bytes, max_line_chars=max(len(data), 1))
    if decoded.text is None:
        return decoded, None
    decoded = _page_text(data, decoded)
    page = extract_page(decoded.text)
    if page is None:
        reason = "no main text found in the page (trafilatura extracted nothing)"
        return replace(decoded, status=STATUS_REJECTED, reason=reason, text=None), None
    text = page.document_text()
    longest = max(len(line) for line in text.split("\n"))
    if longest > max_line_chars:
        reason = f"the page's main text has a {longest:,}-character line (limit {max_line_chars:,})"
        return replace(decoded, status=STATUS_REJECTED, reason=reason, text=None), None
    return replace(decoded, text=text), page
