"""Language identification of articles, with py3langid (its model ships in the wheel).

An article's language decides which spaCy pipeline, if any, extracts its entities: a French
article must never go through English NER. py3langid classifies character n-grams; on long
news text it is near certain (every BBC article scores ≥ 0.99 for English), on a headline-sized
text it guesses (“Lula met Xi.” comes out Sesotho). So:

- the guess is kept only when its normalised probability reaches MIN_CONFIDENCE and the text
  has MIN_LETTERS letters;
- an article too short to tell takes the language of its whole document when that is clear
  (a listing page's short item is in the page's language);
- else a text in Latin script is taken as DEFAULT_LANGUAGE (English), saying so;
- otherwise the language stays NULL, with the reason, and the article gets no NER.

Languages are stored as ISO 639-1 codes. The model also knows languages without one (Nigerian
Pidgin `pcm`, Ancient Greek `grc`…); regional varieties map to their macrolanguage's code, the
others have no code and stay NULL with the reason.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

MIN_CONFIDENCE = 0.5
MIN_LETTERS = 20
# Identification reads at most SAMPLE_CHARS characters: a news article's language is clear long
# before its end, and the cost grows with the text (py3langid walks every byte in Python). It
# reads FIRST_READ_CHARS first and reads on only when that guess is below SURE: on 1,940 texts
# in 91 languages drawn from this machine's translated message catalogs and on all 2,225 BBC
# articles, the two-step read decides as the full read does, and rereads 4% of BBC articles
# (benchmarks/language_sample.py).
SAMPLE_CHARS = 2000
FIRST_READ_CHARS = 500
SURE = 0.999

# py3langid labels that are not ISO 639-1 but are varieties of a language that has a code.
_MACROLANGUAGE = {"arz": "ar", "ary": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "gug": "gn", "sdh": "ku"}

SOURCE_ARTICLE = "article"
SOURCE_DOCUMENT = "document"
SOURCE_DEFAULT = "default"
# The language a short Latin-script text is taken to be when neither it nor its file can tell:
# the warehouse is built for English news, and a headline-sized English item ("Lula met Xi.")
# should keep its entities. Text in another script is never defaulted.
DEFAULT_LANGUAGE = "en"
LATIN_SHARE_FOR_DEFAULT = 0.9


@dataclass(frozen=True)
class LanguageGuess:
    language: str | None  # ISO 639-1, or None when it cannot be told
    confidence: float | None  # the model's normalised probability of `language`
    reason: str | None = None  # why `language` is None


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def model_version() -> str:
    import importlib.metadata

    return f"py3langid {importlib.metadata.version('py3langid')}"


def _n_letters(text: str, enough: int) -> int:
    count = 0
    for char in text:
        if char.isalpha():
            count += 1
            if count >= enough:
                break
    return count


def identify_language(text: str) -> LanguageGuess:
    """The language of `text`, or None with the reason when it cannot be told reliably: from its
    first FIRST_READ_CHARS characters when they are clear, else from its first SAMPLE_CHARS."""
    return sure_opening(text) or _identify_sample(text[:SAMPLE_CHARS])


def sure_opening(text: str) -> LanguageGuess | None:
    """The guess from `text`'s first FIRST_READ_CHARS characters when it is SURE (and the text is
    longer than that), else None: the text must be read on."""
    if len(text) <= FIRST_READ_CHARS:
        return None
    first = _identify_sample(text[:FIRST_READ_CHARS])
    return first if first.language is not None and first.confidence >= SURE else None


def _identify_sample(sample: str) -> LanguageGuess:
    if _n_letters(sample, MIN_LETTERS) < MIN_LETTERS:
        return LanguageGuess(None, None, f"too little text to identify its language (under {MIN_LETTERS} letters)")
    # Varieties of one language (zh, yue, wuu) share its probability: a Chinese text the model
    # finds partly Cantonese is still Chinese.
    by_code: dict[str, float] = {}
    for label, probability in _identifier().rank(sample)[:10]:
        code = _MACROLANGUAGE.get(label, label)
        by_code[code] = by_code.get(code, 0.0) + float(probability)
    code, probability = max(by_code.items(), key=lambda item: item[1])
    probability = round(min(probability, 1.0), 4)
    label = code
    if probability < MIN_CONFIDENCE:
        return LanguageGuess(
            None, probability, f"language unclear (best guess {label} at {probability:.2f} < {MIN_CONFIDENCE})"
        )
    if len(code) != 2:
        return LanguageGuess(None, probability, f"language {label} has no ISO 639-1 code")
    return LanguageGuess(code, probability)


def _latin_share(text: str) -> float:
    letters = [c for c in text[:SAMPLE_CHARS] if c.isalpha()]
    return sum(c.isascii() for c in letters) / len(letters) if letters else 0.0


def _default_guess(text: str, why: str) -> LanguageGuess | None:
    """DEFAULT_LANGUAGE for short or unclear Latin-script text, saying why; None for other scripts."""
    if _latin_share(text) < LATIN_SHARE_FOR_DEFAULT:
        return None
    return LanguageGuess(DEFAULT_LANGUAGE, None, f"{why}; taken as {DEFAULT_LANGUAGE}, the default")


def _document_text(texts: Iterable[str]) -> str:
    joined, size = [], 0
    for text in texts:
        joined.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(joined)


def article_languages(articles: pl.DataFrame) -> pl.DataFrame:
    """`articles` (doc_id, article_id, title, body) → article_id, language, language_confidence,
    language_source, language_reason; one row per article, grouped by document in the order the
    documents first appear."""
    by_document: dict[str, list[tuple[str, str]]] = {}
    for doc_id, article_id, title, body in articles.select("doc_id", "article_id", "title", "body").iter_rows():
        by_document.setdefault(doc_id, []).append((article_id, f"{title}\n{body}"))
    rows: list[dict] = []
    for members in by_document.values():
        texts = [text for _, text in members]
        document_guess: LanguageGuess | None = None
        for article_id, text in members:
            guess, source = identify_language(text), SOURCE_ARTICLE
            if guess.language is None and len(texts) > 1:
                if document_guess is None:
                    document_guess = identify_language(_document_text(texts))
                if document_guess.language is not None:
                    guess = LanguageGuess(document_guess.language, document_guess.confidence, guess.reason)
                    source = SOURCE_DOCUMENT
            if guess.language is None and (default := _default_guess(text, guess.reason)) is not None:
                guess, source = default, SOURCE_DEFAULT
            rows.append(
                {
                    "article_id": article_id,
                    "language": guess.language,
                    "language_confidence": guess.confidence,
                    "language_source": source if guess.language else None,
                    "language_reason": guess.reason,
                }
            )
    return pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "language": pl.String,
            "language_confidence": pl.Float64,
            "language_source": pl.String,
            "language_reason": pl.String,
        },
    )


LANGUAGE_COLUMNS = ("language", "language_confidence", "language_source", "language_reason")


def with_languages(articles: pl.DataFrame) -> pl.DataFrame:
    """`articles` with its language columns filled in (the other columns and their order kept)."""
    if articles.is_empty():
        return articles
    guesses = article_languages(articles.select("doc_id", "article_id", "title", "body"))
    filled = articles.drop(LANGUAGE_COLUMNS, strict=False).join(guesses, on="article_id", how="left")
    return filled.select(
        [filled[c].cast(articles.schema[c]) if c in articles.schema else filled[c] for c in articles.columns]
    )


def ner_skips(articles: pl.DataFrame, covered: Iterable[str]) -> pl.DataFrame:
    """Articles (article_id, doc_id, language, language_reason) whose language no configured
    spaCy pipeline covers → (article_id, doc_id, reason): they land without entity mentions."""
    covered = sorted(set(covered))
    skipped = articles.filter(pl.col("language").is_null() | ~pl.col("language").is_in(covered))
    note = f"; no entity mentions extracted (PIPELINE_SPACY_MODELS covers {', '.join(covered) or 'no language'})"
    reason = (
        pl.when(pl.col("language").is_null())
        .then(pl.col("language_reason").fill_null("language unknown"))
        .otherwise(pl.lit("article in ") + pl.col("language") + pl.lit(", which no configured spaCy pipeline covers"))
    )
    return skipped.select("article_id", "doc_id", (reason + pl.lit(note)).alias("reason"))
