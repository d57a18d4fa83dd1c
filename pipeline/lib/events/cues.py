"""Which sentences of a paragraph the dependency parser must see.

The parser is the expensive step after NER. Meetings, quotations and the other events only read
the parse of a sentence that holds a cue: a meeting word, a reporting verb ("said", "noted",
"according to"), an event word (visit, sign, support, praise, condemn, accuse, ...) or a quotation
mark. `parse_text` keeps those sentences of a paragraph and blanks every other character with a
space, so the parser spends nothing on them (a run of spaces is one whitespace token) while
character offsets stay those of the paragraph: every later step compares parse offsets with the
paragraph's entity and date offsets.

Sentences are those of `text.sentences.sentence_spans` (a rule, not a model); a cut it misses only
costs parse time here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from pipeline.lib.events import reporting_verbs
from pipeline.lib.events.roles import ROLE_HEADS
from pipeline.lib.nlp.names import PERSON_DESCRIPTIONS
from pipeline.lib.text.datelines import prefix_end
from pipeline.lib.text.sentences import QUOTE_MARK, quoted_regions, sentence_spans

# meetings.TRIGGER_TEXT
MEETING_CUE = (
    r"met|meet|meets|meetings?|talks|negotiations|discussions|dialogue|conversations?|summits?"
    r"|exchang(?:e|es|ed|ing)\s+(?:views|ideas|opinions)"
    r"|talk(?:ed|ing)?\s+with"  # "talked with Wang Dexin": talks held, in the agencies' words
    r"|s(?:at|it|its|itting)\s+down\s+(?:with|together)"  # "sat down with the unions"
    r"|discuss(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}?with"
    # a call: "telephoned Mr Lund", "a phone call with", "spoke to him by phone"
    r"|(?:tele)?phon(?:ed|ing)|(?:tele)?phone\s+calls?|(?:by|on\s+the|over\s+the)\s+(?:tele)?phone"
    r"|(?:hold|holds|held|holding|had|has|have|having)\s+(?:[\w'’-]+\s+){0,2}?calls?\s+with"  # "held a call with"
    # a courtesy call: "called on the prime minister", "paid a courtesy call on"
    r"|call(?:s|ed|ing)?\s+on|courtesy\s+calls?"
    r"|audiences?\s+(?:with|to)"  # "granted an audience to X", "an audience with the Pope"
)
REPORTING_CUE = (
    rf"{reporting_verbs.CUE}"
    # what a source thinks, and what a survey or a study found ("a survey by Forrester found that …")
    r"|believes?|believed|thinks?|thought|(?:found|finds|showed|shows|shown)\s+that"
    # figures, data or a study that show something, with no "that" ("CML figures showed lending fell")
    r"|(?:figures|data|statistics|survey|study|poll|research|report|findings)(?:\s+[\w'’-]+){0,6}?"
    r"\s+(?:found|finds|show|showed|shows|shown|showing|suggested|suggests)"
)
EVENT_CUE = (
    r"visit(?:s|ed|ing|or|ors)?|trips?|tour(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al)|travel(?:s|l?ed|l?ing)?|stopovers?"
    r"|(?:delegations?|missions?)\s+to"  # "led a delegation to Chile", "headed a trade mission to"
    # a host's meal for a guest: "gave a dinner in honour of", "hosted a state banquet for"
    r"|(?:banquets?|dinners?|lunch(?:es|eons?)?|breakfast|reception)\s+(?:for|in\s+hono(?:u)?r\s+of)"
    r"|host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|greeted|sign(?:s|ed|ing)?|signatures?"
    r"|ink(?:s|ed|ing)?"
    r"|agreements?"
    r"|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a)|settlements?|truces?|ceasefires?|support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing)"
    r"|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|congratulat(?:e|es|ed|ing)"
    r"|thank(?:s|ed|ing)?|condemn(?:s|ed|ing|ation)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticisms?"
    r"|accus(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|attack(?:s|ed|ing)?"
    r"|lambast(?:s|ed|ing)?|rebuk(?:e|es|ed|ing)|accusations?|allegations?|denunciation|deplor(?:e|es|ed|ing)"
    r"|laud(?:s|ed|ing)?|salut(?:e|es|ed|ing)|congratulations|gratitude|appreciation|endorsement|solidarity"
    r"|compliment(?:s|ed|ing)?|acclaim(?:s|ed|ing)?|extol(?:s|led|ling)?|champion(?:ed|ing)"
    r"|castigat(?:e|es|ed|ing)|censur(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|berat(?:e|es|ed|ing)|chid(?:e|es|ed|ing)"
    r"|assail(?:s|ed|ing)?|excoriat(?:e|es|ed|ing)|disparag(?:e|es|ed|ing)|reproach(?:es|ed|ing)?"
    r"|upbraid(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|blam(?:e|es|ed|ing)|indict(?:s|ed|ing)?"
    r"|scold(?:s|ed|ing)?|repudiat(?:e|es|ed|ing)|reprimand(?:s|ed|ing)?|admonish(?:es|ed|ing)?|belittl(?:e|es|ed|ing)|denigrat(?:e|es|ed|ing)"
    r"|pillor(?:y|ies|ied|ying)"
    # A takeover agreed is a deal ("agreed to buy AT&T"); charges faced, denied or brought are an
    # accusation.
    r"|agree(?:s|d|ing)?\s+to\s+(?:buy|acquire|purchase|take\s+over|merge|sell)"
    # a bid accepted is a deal ("accepted a $6.75bn buyout from Verizon")
    r"|accept(?:s|ed|ing)?\s+(?:\S+\s+){0,6}?(?:buy-?outs?|takeovers?|mergers?|acquisitions?|bids?|offers?)"
    r"|(?:fac(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|fil(?:e|es|ed|ing)|press(?:es|ed|ing)?|laid|lay(?:s|ing)?"
    r"|br(?:ing|ings|inging|ought)|levels?|levell?(?:ed|ing))\s+(?:[\w'’-]+\s+){0,5}?charges?"
    r"|(?:on|against|of)\s+(?:[\w'’-]+\s+){0,5}?charges|charg(?:ed|ing)\s+(?:[\w'’-]+\s+){0,4}?with"
    # charges settled, or told with who brought them ("charges, raised by Mr Spitzer", "the charges
    # against him were filed by the SEC")
    r"|settl(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,5}?charges|charged\s+by"
    r"|charg(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,5}?over"
    r"|charges,?\s+(?:[\w'’-]+\s+){0,6}?(?:filed|brought|pressed|laid|raised|levell?ed|lodged)"
    r"|ridicul(?:e|es|ed|ing)|lampoon(?:s|ed|ing)?|mock(?:s|ed|ing)?|vilif(?:y|ies|ied|ying)"
    r"|dismiss(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){1,8}?as"
    r"|(?:hit|hits|hitting|lash|lashes|lashed|lashing)\s+(?:out|back)\s+at|round(?:s|ed|ing)?\s+on"
    r"|(?:tear|tears|tore|torn|tearing|lay|lays|laid|laying)\s+into"
    r"|raps|rapp(?:ed|ing)|slat(?:es|ed|ing)|brand(?:ed|ing)|label(?:l?ed|l?ing)|admir(?:e|es|ed|ing)"
    r"|swipes?|broadsides?|potshots?|t(?:ake|akes|ook|aken|aking)\s+aim"
    r"|savag(?:e|es|ed|ing)|scorn\s+(?:on|upon)|to\s+task"
    # Words common outside events count only in the phrase that makes them one ("spoke highly of",
    # "paid tribute to", "a supporter of"): alone they would send many sports sentences to the parser.
    r"|highly\s+of|(?:highly|greatly|deeply)\s+appreciat(?:e|es|ed|ing)"
    r"|appreciat(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:role|contributions?|efforts?|help|assistance)\b"
    r"|tributes?\s+to|tributes?\s+(?:[\w'’-]+\s+){0,3}?paid|(?:advocate|supporter|backer|proponent|critic)s?\s+of"
    r"|weight\s+behind|under\s+fire|critical\s+of|dismissive\s+of|scathing|outcry|outrage"
    r"|rall(?:y|ies|ied|ying)\s+(?:[\w'’-]+\s+){0,2}?(?:behind|around|round)|congratulatory"
    # loyalty and trust stated: "stood by its manager", "spoke up for", "in favour of", "confidence in"
    r"|st(?:and|ands|ood|anding)\s+by|sp(?:eak|eaks|oke|oken|eaking)\s+up\s+for|in\s+favou?r\s+of|confidence\s+in|blessing|plaudits"
    r"|agree(?:s|d|ing)?\s+(?:to\s+)?(?:\S+\s+){0,3}?(?:buy-?out|takeover|merger|acquisition|sale)"  # "a £2bn takeover"
    # Travel: "flew to Japan", "heading on Friday evening to Mozambique", "spent two days in Tanzania".
    r"|(?:fl(?:y|ies|ew|own|ying)|head(?:s|ed|ing)?|jett(?:ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:in)?to"
    r"|fl(?:y|ies|ew|own|ying)\s+in"  # "flew in from Kyiv": to where the story is filed
    r"|(?:went|gone)\s+to"  # "went to Japan" (a person's trip; not "the award went to Chile")
    r"|land(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?in|touch(?:es|ed|ing)?\s+down"
    r"|stop(?:s|ped|ping)?\s+(?:off\s+|over\s+)?in"
    # (the spans `event_types._TIME_NOUNS` reads as a visit: months are a stay)
    r"|sp(?:end|ends|ent|ending)\s+(?:[\w'’-]+\s+){0,3}?(?:days?|weeks?|hours?|nights?|weekend)\s+in"
)
MEETING_WORDS = re.compile(rf"\b(?:{MEETING_CUE})\b", re.I)
QUOTE_BLANK_WORDS = 4  # a quotation this long is blanked in the parse (as long as a quotation counts)
_CLOSING = rf"\b(?:{reporting_verbs.CLOSING_CUE})"
CUE_PATTERN = (
    rf"(?i)\b(?:{MEETING_CUE}|{REPORTING_CUE}|{EVENT_CUE})\b|{_CLOSING}|[“”\"«»]"  # also for DuckDB's regexp_matches
)
CUE_WORDS = re.compile(rf"\b(?:{MEETING_CUE}|{REPORTING_CUE}|{EVENT_CUE})\b|{_CLOSING}", re.I)


def has_cue(sentence: str) -> bool:
    return bool(CUE_WORDS.search(sentence)) or bool(QUOTE_MARK.search(sentence))


def blank(text: str, keep: Iterable[tuple[int, int]]) -> str:
    """`text` with every character outside `keep` replaced by a space (newlines kept)."""
    chars = [" " if not c.isspace() else c for c in text]
    for a, b in keep:
        chars[a:b] = text[a:b]
    return "".join(chars)


def _final_stop(text: str, start: int, end: int) -> int | None:
    stops = [m.start() for m in re.finditer(r"[.!?]", text[start:end])]
    return start + stops[-1] if stops else None


_OPENING_PRONOUN = re.compile(r"\s*[“\"‘']?They\b")


# Meetings, events and quotations each ask for the parse text of an article's paragraphs, one after
# the other: the last few hundred answers are kept (a dozen KiB).
@functools.lru_cache(maxsize=256)
def parse_text(text: str, is_heading: bool = False) -> str | None:
    """What the parser sees of a paragraph: its cue sentences, every other character a space; None
    when no sentence has a cue, or for a heading (a title restates its item without a date). A
    dateline prefix ("Beijing, July 27th (IDCPC) —") derails the parse, so it is blanked too."""
    if is_heading:
        return None
    body_start = prefix_end(text)
    quoted = [
        (a, b)
        for a, b in quoted_regions(text)
        if len(text[a:b].split()) >= QUOTE_BLANK_WORDS and not MEETING_WORDS.search(text[a:b])
    ]
    keep = []
    spans = [(max(a, body_start), b) for a, b in sentence_spans(text)]
    cued = [b > a and has_cue(text[a:b]) for a, b in spans]
    for i, (a, b) in enumerate(spans):
        # The sentence before a cue sentence that opens with "They" is parsed too: its subject is
        # whom the pronoun means. ("He" and "she" are also found by the people named before them.)
        antecedent = i + 1 < len(cued) and cued[i + 1] and _OPENING_PRONOUN.match(text, spans[i + 1][0])
        if b <= a or not (cued[i] or antecedent):
            continue
        # The words of a long quotation are not parsed: only its frame ("…,” he said) is read.
        pieces, cursor = [], a
        for qa, qb in quoted:
            if qb <= a or qa >= b:
                continue
            pieces.append((cursor, max(cursor, qa)))
            cursor = min(b, qb)
        pieces.append((cursor, b))
        if not re.search(r"[.!?]", text[cursor:b]) and (end := _final_stop(text, a, b)) is not None:
            # The sentence ends inside the blanked quotation: its full stop is kept, or the parser
            # runs it into the next sentence and takes that one's subject from this one.
            pieces.append((end, end + 1))
        pieces = [(x, y) for x, y in pieces if y > x]
        if any(re.search(r"[^\W\d_]", text[x:y]) for x, y in pieces):
            keep.extend(pieces)
    if not keep:
        return None
    return _titles_after_cue_verbs(blank(text, keep))


# A person's role or trade written lowercase between a cue verb and the name: "thanked director
# Taylor Hackford", "criticised chancellor Gordon Brown". The small model reads the verb as the
# noun's adjective and the name as the sentence's root, losing the event. Written as a title
# ("thanked Director Taylor Hackford") the same sentence parses as verb and object. Only the case
# of one letter changes, so offsets stay the paragraph's.
_ROLE_WORDS = "|".join(sorted(ROLE_HEADS | PERSON_DESCRIPTIONS, key=len, reverse=True))
# (a verb, not a participle before the role: "Visiting coach Ray Dunmore", "the visiting president")
_ROLE_AFTER_A_CUE = re.compile(
    rf"(?<!\bthe\s)(?<!\ba\s)\b(?!(?i:visiting|touring)\b)(?:{MEETING_CUE}|{EVENT_CUE})\s+(?=(?:{_ROLE_WORDS})\s+[A-Z][a-z])",
    re.I,
)


def _titles_after_cue_verbs(text: str) -> str:
    starts = [m.end() for m in _ROLE_AFTER_A_CUE.finditer(text)]
    if not starts:
        return text
    chars = list(text)
    for i in starts:
        chars[i] = chars[i].upper()
    return "".join(chars)
