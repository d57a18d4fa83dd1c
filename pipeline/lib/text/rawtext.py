"""Bytes → text: encodings, line endings, rejects with reasons.

A raw file becomes a `DecodedDocument`: either usable text (possibly with notes on what was
repaired) or a rejection with a reason an analyst can act on. Nothing here raises on bad input.

Decoding policy, in order:
1. UTF-8 (a leading BOM is dropped).
2. UTF-16 when the file starts with a UTF-16 byte-order mark.
3. When the bytes are not valid UTF-8, charset-normalizer gives a second opinion. A Cyrillic,
   Greek, Arabic, Hebrew or CJK code page it detects (cp1251, KOI8-R, cp1253, cp1256, cp1255, GBK,
   Big5, Shift JIS, EUC-KR, ...) is used when most of the non-ASCII letters it decodes to belong
   to that script.
4. Otherwise cp1252 (the usual culprit: Windows-saved text with curly quotes or a pound sign);
   latin-1 when cp1252 cannot map a byte (latin-1 maps every byte). Latin code pages stay on this
   path whatever the detector says: on short English text it confuses cp1250 with cp1252 and
   would turn "£" into "Ł".
   Any of these fallbacks flags the document, naming the first offending byte offset and, for a
   detected code page, the detector and its version.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from importlib.metadata import version

# Limits are defaults; settings.py lets an operator change them.
MAX_FILE_BYTES = 50_000_000
MAX_LINE_CHARS = 100_000
# Share of control bytes above which a file is taken for binary rather than damaged text
# (random or compressed bytes are about 13% controls; text with a few stray NULs is far below).
BINARY_CONTROL_RATIO = 0.10
BINARY_MIN_CONTROLS = 16

STATUS_OK = "ok"
STATUS_FLAGGED = "flagged"
STATUS_REJECTED = "rejected"

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or docx/xlsx)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "ELF executable",
}
# C0 controls except TAB, LF, VT, FF, CR; plus DEL.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DecodedDocument:
    sha256: str
    n_bytes: int
    encoding: str | None
    status: str
    reason: str | None
    text: str | None
    notes: tuple[str, ...] = field(default=())


def _reject(data: bytes, sha: str, reason: str, encoding: str | None = None) -> DecodedDocument:
    return DecodedDocument(sha, len(data), encoding, STATUS_REJECTED, reason, None)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:65536]
    n_control = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if n_control >= BINARY_MIN_CONTROLS and n_control / len(head) > BINARY_CONTROL_RATIO:
        return f"binary content ({n_control / len(head):.0%} control bytes in the first {len(head):,} bytes)"
    return None


def _utf16_encoding(data: bytes) -> str | None:
    """UTF-16 by its byte-order mark, or by NULs in every other byte (BOM-less ASCII-range text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) >= 8 and len(sample) % 2 == 0:
        odd_nul = sample[1::2].count(0) / (len(sample) // 2)
        even_nul = sample[0::2].count(0) / (len(sample) // 2)
        if odd_nul > 0.9 and even_nul < 0.1:
            return "utf-16-le"
        if even_nul > 0.9 and odd_nul < 0.1:
            return "utf-16-be"
    return None


# Code pages of non-Latin scripts → the Unicode script their letters must mostly belong to.
_SCRIPT_CODEPAGES = {
    "Cyrillic": ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866", "cp855"),
    "Greek": ("cp1253", "iso8859_7", "mac_greek", "cp737"),
    "Arabic": ("cp1256", "iso8859_6", "cp720", "cp864"),
    "Hebrew": ("cp1255", "iso8859_8", "cp862"),
    "CJK": (
        "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "shift_jis", "cp932", "shift_jis_2004",
        "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213", "iso2022_jp", "euc_kr", "cp949", "johab",
    ),
}  # fmt: skip
_SCRIPT_OF_CODEPAGE = {codecs.lookup(cp).name: script for script, cps in _SCRIPT_CODEPAGES.items() for cp in cps}
# Unicode character-name prefixes of each script's letters.
_SCRIPT_NAMES = {
    "Cyrillic": ("CYRILLIC",),
    "Greek": ("GREEK",),
    "Arabic": ("ARABIC",),
    "Hebrew": ("HEBREW",),
    "CJK": ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH"),
}
DETECTION_SAMPLE_BYTES = 1_000_000
MIN_SCRIPT_SHARE = 0.6


def _script_share(text: str, script: str) -> float:
    """Share of the non-ASCII letters of `text` that belong to `script`."""
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return 0.0
    prefixes = _SCRIPT_NAMES[script]
    return sum(unicodedata.name(c, "").startswith(prefixes) for c in letters) / len(letters)


def _non_latin_codepage(data: bytes) -> tuple[str, str, str] | None:
    """(text, codec, script) when charset-normalizer finds a non-Latin code page that decodes the
    file into letters of that script; None for Latin code pages and doubtful guesses."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECTION_SAMPLE_BYTES]).best()
    if best is None:
        return None
    codec = codecs.lookup(best.encoding).name
    script = _SCRIPT_OF_CODEPAGE.get(codec)
    if script is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None  # the sample decoded, the whole file does not: not that code page
    return (text, codec, script) if _script_share(text, script) >= MIN_SCRIPT_SHARE else None


def _decode(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, encoding, fallback note or None)."""
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as err:
        where = f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"
    if detected := _non_latin_codepage(data):
        text, codec, script = detected
        detector = f"charset-normalizer {version('charset-normalizer')}"
        return text, codec, f"{where}; decoded as {codec} ({script} code page, detected by {detector})"
    try:
        return data.decode("cp1252"), "cp1252", f"{where}; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", f"{where}; decoded as latin-1"


def normalise_newlines(text: str) -> tuple[str, str | None]:
    """CRLF and lone CR become LF; returns a note when the file mixed or used non-LF endings."""
    n_crlf = text.count("\r\n")
    n_cr = text.count("\r") - n_crlf
    if not n_crlf and not n_cr:
        return text, None
    n_lf = text.count("\n") - n_crlf
    kinds = [f"{name}: {n}" for name, n in (("CRLF", n_crlf), ("CR", n_cr), ("LF", n_lf)) if n]
    note = None
    if len(kinds) > 1:
        note = "mixed line endings normalised to LF (" + ", ".join(kinds) + ")"
    return text.replace("\r\n", "\n").replace("\r", "\n"), note


def decode_document(
    data: bytes,
    *,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_line_chars: int = MAX_LINE_CHARS,
) -> DecodedDocument:
    """Decide whether `data` is article text, and decode it if so."""
    sha = hashlib.sha256(data).hexdigest()
    if len(data) > max_file_bytes:
        return _reject(data, sha, f"file is {len(data):,} bytes, over the {max_file_bytes:,} byte limit")
    if not data.strip():
        return _reject(data, sha, "empty file" if not data else "file holds only whitespace")
    utf16 = _utf16_encoding(data)
    if utf16:
        try:
            text, encoding, notes = data.decode(utf16), utf16, []
        except UnicodeDecodeError as err:
            return _reject(data, sha, f"looks like UTF-16 but does not decode: {err.reason} at offset {err.start}")
    else:
        kind = _binary_kind(data)
        if kind:
            return _reject(data, sha, f"not text: {kind}")
        text, encoding, fallback = _decode(data)
        notes = [fallback] if fallback else []
    text = text.removeprefix("\ufeff")
    text, newline_note = normalise_newlines(text)
    if newline_note:
        notes.append(newline_note)
    n_control = len(_CONTROL_CHARS_RE.findall(text))
    if n_control:
        n_nul = text.count("\x00")
        detail = f"{n_nul} NUL" if n_nul == n_control else f"{n_control} control (incl. {n_nul} NUL)"
        notes.append(f"removed {detail} characters")
        text = _CONTROL_CHARS_RE.sub("", text)
    if not text.strip():
        return _reject(data, sha, "no text left after removing control characters", encoding)

    longest, line_no = max((len(line), i) for i, line in enumerate(text.split("\n"), start=1))
    if longest > max_line_chars:
        return _reject(
            data,
            sha,
            f"line {line_no} is {longest:,} characters long (limit {max_line_chars:,}); "
            "not article text with titles and paragraphs",
            encoding,
        )
    status = STATUS_FLAGGED if notes else STATUS_OK
    return DecodedDocument(sha, len(data), encoding, status, "; ".join(notes) or None, text, tuple(notes))
