"""Verbs of saying: one table, read by the quotation rules and by the parse cue.

Each verb is written in the forms the text uses (the parser runs without a lemmatizer), with what
it does:
  - `then`: words that must follow it for it to report ("points out", "according to", "called on
    Congress to …"); alone, "points", "according" and "called" report nothing;
  - `direct`: it frames a direct quotation by itself ("…,” he said). A verb that is not reports
    only with a clause ("he denied that …", "she agreed that …"): "…,” he agreed" is rare, and
    "agreed" beside quotation marks is more often the deal than the speech;
  - `infinitive`: its content can be an infinitive, with whom it is asked of ("urged the
    government to set up a task force", "promised to raise the issue", "claimed not to know").
    Other verbs with an infinitive ("agreed to buy") are no speech;
  - `asks`: it reports only with someone asked ("called on Congress to cut …", "appealed to fans
    to stay away"); alone it names, attracts or goes to court;
  - `cue`: the word alone sends its sentence to the parser (`cues.REPORTING_CUE`). Verbs that are
    common outside speech ("continued", "reported", "described") are left out: they are read when
    the sentence has another cue, such as a quotation mark or "said".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportingVerb:
    forms: tuple[str, ...]
    then: tuple[str, ...] = ()
    direct: bool = True
    infinitive: bool = False
    asks: bool = False
    cue: bool = True


def _verb(forms: str, then: str = "", **uses: bool) -> ReportingVerb:
    return ReportingVerb(tuple(forms.split()), tuple(then.split()), **uses)


_ASKING = {"direct": False, "infinitive": True, "asks": True}
_QUIET = {"cue": False}  # common outside speech: a cue only beside another

VERBS: tuple[ReportingVerb, ...] = (
    _verb("say says said saying"),
    _verb("state states stated stating"),
    _verb("note notes noted noting"),
    _verb("add adds added adding"),
    _verb("tell tells told telling"),
    _verb("stress stresses stressed stressing"),
    _verb("emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing"),
    _verb("underline underlines underlined underlining"),
    _verb("explain explains explained explaining"),
    _verb("argue argues argued arguing"),
    _verb("insist insists insisted insisting"),
    _verb("warn warns warned warning", infinitive=True),
    _verb("claim claims claimed claiming", infinitive=True),
    _verb("announce announces announced announcing"),
    _verb("write writes wrote writing"),
    _verb("observe observes observed observing"),
    _verb("remark remarks remarked remarking"),
    _verb("declare declares declared declaring"),
    _verb("reiterate reiterates reiterated reiterating"),
    _verb("assert asserts asserted asserting"),
    _verb("admit admits admitted admitting"),
    _verb("reveal reveals revealed revealing"),
    _verb("confirm confirms confirmed confirming"),
    _verb("deny denies denied denying"),
    _verb("concede concedes conceded conceding"),
    _verb("highlight highlights highlighted highlighting"),
    _verb("recall recalls recalled recalling"),
    _verb("suggest suggests suggested suggesting"),
    _verb("predict predicts predicted predicting"),
    _verb("conclude concludes concluded concluding"),
    _verb("reply replies replied replying"),
    _verb("point points pointed pointing", then="out"),
    _verb("according", then="to"),
    _verb("ask asks asked asking", direct=False, infinitive=True),
    _verb("urge urges urged urging", direct=False, infinitive=True),
    _verb("advise advises advised advising", direct=False, infinitive=True),
    _verb("promise promises promised promising", infinitive=True),
    _verb("pledge pledges pledged pledging", infinitive=True),
    _verb("vow vows vowed vowing", infinitive=True),
    _verb("call calls called calling", then="on upon for", **_ASKING),
    _verb("appeal appeals appealed appealing", then="to for", **_ASKING),
    _verb("plead pleads pleaded pleading", then="with", **_ASKING),
    # a source's figures: "the ILO estimated that …"
    _verb("estimate estimates estimated estimating", direct=False),
    _verb("calculate calculates calculated calculating", direct=False),
    _verb("forecast forecasts forecasting", direct=False),
    # "questioned whether …", "questioned how …"
    _verb("question questions questioned questioning", then="whether if how why what", direct=False),
    _verb("indicate indicates indicated indicating", direct=False, **_QUIET),
    _verb("allege alleges alleged alleging", direct=False, **_QUIET),
    _verb("continue continued", direct=False, **_QUIET),
    _verb("describe described", direct=False, **_QUIET),
    _verb("agree agrees agreed", direct=False, **_QUIET),
    _verb("underscore underscored", **_QUIET),
    _verb("acknowledge acknowledges acknowledged", **_QUIET),
    _verb("maintain maintains maintained", **_QUIET),
    _verb("report reports reported", **_QUIET),
    _verb("quip quipped", **_QUIET),
    _verb("joke joked", **_QUIET),
    _verb("complain complained", **_QUIET),
    _verb("comment commented", **_QUIET),
    _verb("recount recounted", **_QUIET),
    _verb("exclaim exclaimed", **_QUIET),
    _verb("tweet tweeted", **_QUIET),
)

BY_FORM: dict[str, ReportingVerb] = {form: verb for verb in VERBS for form in verb.forms}
REPORTING = frozenset(BY_FORM)
CLAUSE_ONLY = frozenset(f for f, v in BY_FORM.items() if not v.direct)
INFINITIVE = frozenset(f for f, v in BY_FORM.items() if v.infinitive)
ASKING_ONLY = frozenset(f for f, v in BY_FORM.items() if v.asks)


def _cue(verb: ReportingVerb) -> str:
    forms = "|".join(sorted(verb.forms, key=len, reverse=True))  # the longest form first
    then = rf"\s+(?:{'|'.join(verb.then)})" if verb.then else ""
    return f"(?:{forms}){then}"


# A quiet verb still cues with "that" after it ("acknowledged that …"; not "agree that", more often a
# shared view than words said), and told after its clause ("…, the New York Times reports.", or with
# its subject after it: "…, reports the trade body.", "…, reported the AFP agency."):
# `CLOSING_CUE` ends with its punctuation, so `cues` adds no word boundary after it.
_QUIET_FORMS = "|".join(
    sorted((f for v in VERBS if not v.cue and "agree" not in v.forms for f in v.forms), key=len, reverse=True)
)
CLOSING_CUE = rf"(?:{_QUIET_FORMS})\s*[.;]|,\s*(?:{_QUIET_FORMS})(?:\s+[\w'’&-]+){{1,5}}\s*[.;]"

# The verbs' cue, as a regular expression without word boundaries (`cues` adds them).
CUE = "|".join(_cue(v) for v in VERBS if v.cue) + rf"|(?:{_QUIET_FORMS})\s+that"
