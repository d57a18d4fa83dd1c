"""How much of a text language identification must read: the two-step read (`identify_language`:
the first FIRST_READ_CHARS characters, the first SAMPLE_CHARS when that guess is not SURE) against
always reading SAMPLE_CHARS, on text the rule was not written from.

    uv run python benchmarks/language_sample.py [--per-language 20] [--bbc ../shared/corpora/bbc]

Two sets:
* **catalogs**: texts of SAMPLE_CHARS characters in every language this machine has translated
  message catalogs for (`/usr/share/locale/<ll>/LC_MESSAGES/*.mo`: apt, dpkg, coreutils, bash… as
  their human translators wrote them), drawn with a fixed seed from their longer messages; the
  language is the folder's code. Prose of another register than news, in about a hundred
  languages, none of which the rule's thresholds were chosen on.
* **bbc**: every BBC article (English).

For each set it prints the accuracy of both reads, how often they disagree, how many texts the
two-step read had to read again, and the seconds each read took.
"""

from __future__ import annotations

import argparse
import gettext
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.lib.text import language  # noqa: E402

LOCALES = Path("/usr/share/locale")
MIN_MESSAGE_LETTERS = 40
FORMAT_CODES = re.compile(r"%[-#0-9.]*[sdiulfx]|\\n")


def catalog_messages(locale_dir: Path) -> list[str]:
    """The longer translated messages of one locale's catalogs (code lists and keyboard names left out)."""
    messages = []
    for mo in sorted((locale_dir / "LC_MESSAGES").glob("*.mo")):
        if mo.name.startswith(("iso_", "xkeyboard")):
            continue
        try:
            with mo.open("rb") as handle:
                catalog = gettext.GNUTranslations(handle)._catalog
        except Exception:  # noqa: BLE001  (a catalog gettext cannot parse is skipped, whatever the fault)
            continue
        for source, translated in catalog.items():
            if isinstance(translated, str) and translated != source:
                if sum(c.isalpha() for c in translated) >= MIN_MESSAGE_LETTERS:
                    messages.append(FORMAT_CODES.sub(" ", translated))
    return messages


def catalog_texts(per_language: int, seed: int = 0) -> list[tuple[str, str]]:
    """(ISO 639-1 code, text of SAMPLE_CHARS characters) for every locale with enough messages."""
    texts = []
    for locale_dir in sorted(LOCALES.iterdir()) if LOCALES.is_dir() else []:
        if not re.fullmatch(r"[a-z]{2}(_[A-Z]{2})?", locale_dir.name):
            continue
        messages = catalog_messages(locale_dir)
        if len(messages) < 50:
            continue
        rng = random.Random(f"{seed}:{locale_dir.name}")
        for _ in range(per_language):
            rng.shuffle(messages)
            chosen, size = [], 0
            for message in messages:
                chosen.append(message)
                size += len(message)
                if size >= language.SAMPLE_CHARS:
                    break
            texts.append((locale_dir.name[:2], "\n".join(chosen)[: language.SAMPLE_CHARS]))
    return texts


def full_read(text: str) -> language.LanguageGuess:
    return language._identify_sample(text[: language.SAMPLE_CHARS])


def compare(name: str, labelled: list[tuple[str | None, str]]) -> None:
    texts = [text for _, text in labelled]
    started = time.perf_counter()
    full = [full_read(t).language for t in texts]
    full_seconds = time.perf_counter() - started
    started = time.perf_counter()
    two_step = [language.identify_language(t).language for t in texts]
    two_step_seconds = time.perf_counter() - started
    rereads = sum(len(t) > language.FIRST_READ_CHARS and language.sure_opening(t) is None for t in texts)
    gold = [code for code, _ in labelled]
    codes = len(set(gold))
    print(f"{name}: {len(texts)} texts in {codes} language{'s' if codes > 1 else ''}")
    for label, guesses, seconds in (("full read", full, full_seconds), ("two-step read", two_step, two_step_seconds)):
        right = sum(g == c for g, c in zip(guesses, gold, strict=True))
        print(f"  {label:<14} accuracy {right / len(texts):.4f} ({right}/{len(texts)})  {seconds:6.2f} s")
    disagree = sum(a != b for a, b in zip(full, two_step, strict=True))
    print(f"  decisions that differ: {disagree}; texts read again: {rereads} ({rereads / len(texts):.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=20)
    parser.add_argument("--bbc", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    args = parser.parse_args()
    language._identifier()  # load the model before timing
    print(
        f"first read {language.FIRST_READ_CHARS} chars, read on below {language.SURE}, "
        f"full read {language.SAMPLE_CHARS} chars"
    )
    catalogs = catalog_texts(args.per_language)
    if catalogs:
        compare("catalogs", catalogs)
    else:
        print(f"catalogs: none under {LOCALES}")
    bbc = [p for p in sorted(args.bbc.rglob("*.txt")) if p.name != "README.TXT"] if args.bbc.is_dir() else []
    if bbc:
        compare("bbc", [("en", p.read_text(encoding="utf-8", errors="replace")) for p in bbc])


if __name__ == "__main__":
    main()
