"""Whether a trigger word tells something as done, or as possible, planned, expected or conditional.

An event the text does not tell as having happened is not an event: "would consider signing",
"plans to visit", "is due to take part in talks", "if he visits", "will visit". Support and praise
are the exception under "will": "will firmly support" is support expressed now. Meetings and the
other event types (`meetings.py`, `event_types.py`) both ask this of their triggers, and both
leave out a denied trigger (`negated`: "did not meet", "failed to sign").
"""

from __future__ import annotations

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "'d"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# What someone ought to do is not done: "the US should back Ukraine's entry", "must visit soon".
OBLIGATION_AUX = frozenset({"should", "must", "ought"})
# What someone plans, hopes, intends or is due, set or expected to do ("plans to visit", "a bid to
# win", "is due to sign").
INTENT_WORDS = (
    frozenset(
        f"{stem}{ending}"
        for stem in ("consider", "intend", "want", "expect", "threaten", "offer")
        for ending in ("", "s", "ed", "ing")
    )
    | frozenset(
        "hope hopes hoped hoping aim aims aimed aiming propose proposes proposed proposing plan plans planned "
        "planning seek seeks sought due set scheduled likely poised intention intentions bid "
        "prepare prepares preparing ought supposed".split()
    )
    | frozenset("promise promises promised promising".split())  # "promised to hail Labour's record": to come
    | frozenset(  # what someone is invited or asked to do: "an invitation to visit", "a proposal to meet"
        "invitation invitations proposal proposals request requests demand demands appeal appeals".split()
    )
    | frozenset(  # what someone tries or has a chance to do: "a chance to seal the deal", "tried to sign"
        "chance chances opportunity attempt attempts attempted attempting try tries tried trying effort efforts".split()
    )
    | frozenset(  # what someone is willing to do: "would be happy to meet", "is keen to sign"
        "happy keen willing ready eager prepared determined anxious".split()
    )
    | frozenset(  # what someone avoids or fears: "avoided being indicted", "fears being charged"
        f"{stem}{ending}" for stem in ("avoid", "fear", "risk") for ending in ("", "s", "ed", "ing")
    )
    | frozenset("escape escapes escaped escaping".split())
)
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# What a trigger's clause completes: a verb ("plans to visit"), a noun ("a bid to win") or an
# adjective and through it its copula ("would be happy to meet").
_COMPLETES = ("xcomp", "acl", "acomp")


def to_infinitive(verb) -> bool:
    """Does the verb carry the "to" of an infinitive ("to sign", "to be signed")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_of(token):
    """The verb whose clause a trigger is in: itself, or for a noun the nearest verb above it
    ("expressed support", "take part in talks")."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return node
        node = node.head
    return token


# Verbs that deny what they complete: "failed to agree a deal", "refused to back the plan".
_DENYING = frozenset(
    "fail fails failed failing refuse refuses refused refusing decline declines declined declining "
    "deny denies denied denying".split()  # "he denied accusing Germany of …"
)
# Verbs that end what their gerund tells: "stopped supporting it in January" (not "stopped to meet
# him", a purpose; not "refused to stop criticising", a ceasing denied).
_CEASING = frozenset("stop stops stopped stopping cease ceases ceased ceasing quit quits quitting".split())
# Of these, the ones whose infinitive is what ended too ("ceased to support him"; "stopped to meet
# him" is a purpose).
_CEASING_TO = frozenset("cease ceases ceased ceasing".split())


# Verbs that deny the clause they report: "denied that she had criticised him".
_DENY_THAT = frozenset(w for w in _DENYING if w.startswith("den"))
# Nouns that deny what they complete: "its unwillingness to sign", "the refusal to back".
_DENYING_NOUNS = frozenset("unwillingness refusal reluctance failure inability".split())
# What others say happened, and verbs that dispute it: "denied reports that she had met him",
# "dismissed claims that he had criticised", "laughed off suggestions that …".
_HEARSAY_NOUNS = frozenset(
    "report reports claim claims suggestion suggestions allegation allegations rumour rumours rumor rumors "
    "speculation story stories accusation accusations charge charges".split()
)
_DISPUTING = frozenset(
    "deny denies denied denying dismiss dismisses dismissed dismissing reject rejects rejected rejecting refute "
    "refutes refuted refuting dispute disputes disputed disputing rubbish rubbishes rubbished rubbishing".split()
)
_DISPUTING_PHRASES = {"laugh": "off", "laughs": "off", "laughed": "off", "laughing": "off", "play": "down",
                      "plays": "down", "played": "down", "playing": "down", "brush": "aside", "brushes": "aside",
                      "brushed": "aside", "brushing": "aside"}  # fmt: skip
# Words that say a word is meant as its opposite: "mockingly welcoming the chancellor back".
_IRONY = frozenset("mockingly sarcastically ironically sardonically facetiously".split())


def none_of(noun) -> bool:
    """ "No agreement", "no criticism", "signed nothing": a noun with "no", or "nothing", names what
    did not happen."""
    return noun.lower_ in ("nothing", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def negated(token) -> bool:
    """ "Did not criticise", "did not want to sign", "failed to sign": a negation on the trigger, or
    on the verb whose complement (xcomp) it is, or that verb denies it; "mockingly welcomed" is
    meant as its opposite."""
    if any(c.dep_ == "advmod" and c.lower_ in _IRONY for c in token.children):
        return True
    if token.dep_ in ("acl", "xcomp") and token.head.lower_ in _DENYING_NOUNS:
        return True  # "its unwillingness to sign the treaty", "his refusal to back the plan"
    if token.pos_ == "NOUN" and none_of(token):
        return True  # "prompted no criticism", "reached no agreement"
    clause = _clause_of(token)
    if _neither_nor(clause):
        return True  # "Neither Ms Kell nor Mr Dorr met him", "was signed by neither Chile nor Peru"
    denied = clause.dep_ == "ccomp" and clause.head.lower_ in _DENY_THAT
    if denied and not _told_of(token) and not _negated_verb(clause.head):
        # "denied that she had criticised him", "denied it was in talks with"; not "denied that her
        # visit was a mistake" (the visit is told of), nor "did not deny that she met him"
        return True
    if (
        clause.dep_ in ("acl", "ccomp", "relcl")
        and clause.head.lower_ in _HEARSAY_NOUNS
        and (_disputed(clause.head) or _cleared_of(clause.head))
    ):
        return True  # "denied reports that she had met him", "cleared of allegations that she met him"
    if clause.dep_ == "ccomp" and clause.head.lower_ in _CLEARING and not _negated_verb(clause.head):
        return True  # the same, where the parser hangs the "that" clause on "cleared"
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in _HEARSAY_NOUNS
        and _disputed(token.head.head)
    ):
        return True  # "denied reports of a meeting with him"
    if token.dep_ == "dobj" and token.lower_ in _REFUSABLE and token.head.lower_ in _DENY_THAT:
        # "has denied holding talks with Everton", "denied any meeting": an event denied (not
        # "denied the accusations", which were made)
        return not _negated_verb(token.head)
    if token.pos_ == "NOUN" and (noun := _round_of(token)).dep_ == "dobj" and negated(noun.head):
        return True  # a noun given by a denied verb: "did not provoke any criticism", "failed to win the backing"
    if token.dep_ in ("acomp", "attr") and (_negated_verb(token.head) or _negated_verb(token)):
        return True  # "was not critical of", "has never been a supporter of", "was hardly full of praise"
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lower_ in _CEASING and not negated(token.head):
        return True  # "stopped supporting it" (not "refused to stop criticising him")
    if token.dep_ == "xcomp" and to_infinitive(token) and token.head.lower_ in _CEASING_TO:
        return True  # "ceased to support him"
    if _no_longer(token) or (_no_longer(clause) and not _told_of(token)):
        return True  # "no longer supports him" (not "the meeting was no longer secret")
    return any(c.dep_ == "neg" for c in token.children) or (
        token.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in token.head.children) or token.head.lower_ in _DENYING)
    )


_NEVER = frozenset("never hardly scarcely".split())


def _no_longer(verb) -> bool:
    """ "No longer supports him", "is no longer backing": what has ended (not "lasted no longer
    than an hour")."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               and not any(g.lower_ == "than" for g in c.subtree) for c in verb.children)  # fmt: skip


# Verbs whose object, a trip, talks or a deal, is not (yet) done: "planned a trip to Norfolk",
# "sought talks with", "cancelled the visit", "missing out on the tour to Australia".
_UNDOING = frozenset(
    "plan plans planned planning propose proposes proposed proposing arrange arranges arranged arranging "
    "schedule schedules scheduled scheduling seek seeks sought seeking hope hopes hoped hoping want wants wanted "
    "wanting cancel cancels cancelled canceled cancelling canceling postpone postpones postponed postponing "
    "scrap scraps scrapped scrapping shelve shelves shelved shelving abandon abandons abandoned abandoning "
    "delay delays delayed delaying miss misses missed missing skip skips skipped skipping "
    # what is weighed or prepared for is still to come: "is considering a visit", "prepares for talks"
    "consider considers considered considering contemplate contemplates contemplated contemplating "
    "prepare prepares prepared preparing".split()
)
_CONSIDER = frozenset("consider considers considered considering".split())
# Verbs that refuse or await talks, a trip or a deal offered ("rejected talks with", "boycotted the
# meeting", "expects talks with"); not a criticism, which was made whatever the answer ("rejected
# criticism from").
_REFUSING = frozenset(
    "reject rejects rejected rejecting refuse refuses refused refusing decline declines declined declining snub "
    "snubs snubbed snubbing boycott boycotts boycotted boycotting shun shuns shunned shunning spurn spurns "
    "spurned spurning expect expects expected expecting".split()
)
_AGREEMENT_WORDS = frozenset("deal deals agreement agreements accord pact treaty contract settlement".split())
_REFUSABLE = frozenset(
    "talks meeting meetings negotiations discussions dialogue visit visits trip trips tour tours deal deals "
    "agreement agreements accord pact treaty contract settlement merger takeover bid offer".split()
)
# Verbs that ask for talks or a deal, through "for" ("called for talks", "pressed for a deal") or
# as their object ("demanded a meeting", "urged talks"): what is asked for is not done.
_DEMANDING_FOR = frozenset(
    "call calls called calling push pushes pushed pushing press presses pressed pressing ask asks asked asking".split()
)
_DEMANDING = frozenset(
    "demand demands demanded demanding urge urges urged urging request requests requested requesting".split()
)
# What one is cleared of was charged before and is told as undone: "cleared of charges", "acquitted
# of the allegations" reports a ruling, not an accusation.
_CLEARING = frozenset(
    "clear clears cleared clearing acquit acquits acquitted acquitting exonerate exonerates exonerated "
    "exonerating absolve absolves absolved absolving".split()
)


def _cleared_of(noun) -> bool:
    """Charges one is cleared or acquitted of, and not "was not cleared of"."""
    return noun.head.lower_ == "of" and noun.head.head.lower_ in _CLEARING and not _negated_verb(noun.head.head)


# What is done before an event, which is still to come: "ahead of talks", "on the eve of his visit".
_BEFORE_IT = frozenset(
    {("ahead", "of"), ("prior", "to"), ("eve", "of"), ("preparation", "for"), ("preparations", "for")}
)  # fmt: skip


def _before_it(noun) -> bool:
    """ "Ahead of talks", "prior to his visit", "on the eve of", "in advance of", "in the run-up to"."""
    prep = noun.head
    if prep.dep_ != "prep" or noun.dep_ != "pobj":
        return False
    word = prep.head
    if (word.lower_, prep.lower_) in _BEFORE_IT:
        return True
    if (word.lower_, prep.lower_) == ("advance", "of"):
        return word.head.lower_ == "in"  # "in advance of talks", not "hailed the advance of talks"
    # the tokenizer splits "run-up": "in the run - up to the talks"
    return prep.lower_ == "to" and word.lower_ == "up" and word.i >= 2 and word.doc[word.i - 2].lower_ == "run"


# A trigger noun told as still to come: "her planned visit", "the forthcoming talks"; or as called
# off: "her cancelled visit", "the postponed talks".
_PROSPECTIVE = frozenset(
    "planned proposed forthcoming upcoming prospective possible potential mooted scheduled expected intended "
    "future projected cancelled canceled postponed scrapped aborted abandoned shelved".split()
)
# Phrasal verbs that undo their object: "called off her visit", "pulled out of the talks".
_UNDOING_PHRASES = {"call": "off", "calls": "off", "called": "off", "calling": "off",
                    "pull": "out", "pulls": "out", "pulled": "out", "pulling": "out",
                    "rule": "out", "rules": "out", "ruled": "out", "ruling": "out"}  # fmt: skip
# "Turned down a meeting with": refused, as the verbs of `_REFUSING`.
_REFUSING_PHRASES = {"turn": "down", "turns": "down", "turned": "down", "turning": "down"}
_RIGHTS = frozenset(("right", "rights"))
# A clause a speaker only hopes for: "Hopefully the members will support him".
_HOPING = frozenset("hopefully".split())
# What is all but done is not done: "close to striking a deal", "on the verge of signing".
_ALMOST = frozenset("close closer near nearer verge brink point".split())
# What one closes in on or is interested in doing is not done: "closing in on signing", "interested
# in signing him".
_NEARING = frozenset("closing interested".split())
# What one holds back from is not done: "refrained from criticising", "abstained from backing".
_WITHHOLDING = frozenset(
    "refrain refrains refrained refraining abstain abstains abstained abstaining desist desists desisted "
    "desisting".split()
)


_HOLDING_BACK = _ALMOST | _WITHHOLDING | _NEARING


_LOOK = frozenset("look looks looked looking".split())


def _held_back(prep) -> bool:
    """A preposition whose gerund is not done: "close to signing", "on the verge of", "refrained
    from criticising", "instead of meeting him", "rather than backing her", "looked forward to
    meeting"."""
    if prep.head.lower_ in _HOLDING_BACK:
        return True
    if prep.lower_ == "to" and prep.head.lower_ in _LOOK and any(c.lower_ == "forward" for c in prep.head.children):
        return True  # "said she looked forward to visiting Indonesia and to meeting …": still to come
    return prep.lower_ in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in prep.children)


def _passive_to_come(verb) -> bool:
    """A passive infinitive, "to be signed", "to be held": what is still to be done (not "the first
    foreign leader to be received by the new president", one of an order, received)."""
    children = {(c.dep_, c.lower_) for c in verb.children}
    ordered = verb.head.lower_ in _ORDINALS or any(c.lower_ in _ORDINALS for c in verb.head.children)
    return ("aux", "to") in children and ("auxpass", "be") in children and not ordered


_ORDINALS = frozenset("first second third last only latest".split())


def told_as_done(token, future_counts: bool = True) -> bool:
    """False for a trigger told as possible, planned, expected, conditional or all but done; with
    `future_counts` false, "will" does not hold it back."""
    clause = _clause_of(token)
    if token.pos_ == "NOUN" and _habitual(token):
        return False  # "regular meetings with Beijing ministers"
    if _passive_to_come(token):
        return False  # "welcomed the accord to be signed between India and Pakistan next month"
    if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.head.lower_ in _GO_ON and not negated(token.head):
        return True  # "talks with Deutsche Boerse will continue": they are going on
    if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and _held_back(clause.head):
        return False  # "close to signing", "refrained from criticising", "instead of meeting him"
    if _object_of_undoing(token, clause):
        return False  # "planned a trip to Norfolk", "after missing out on the tour to Australia"
    if clause.dep_ == "acl" and _cleared_of(clause.head):
        return False  # "was cleared of charges brought by the federation"
    if token.i != clause.i and token.dep_ in ("nsubj", "nsubjpass") and _planned(clause):
        return False  # "the meeting … is due to take place", "talks are expected next week"
    if future_counts and _arranged(clause):
        return False  # "the chancellor is travelling to America next week"
    if future_counts and _dates_a_future(clause):
        return False  # "will travel to Peru after meeting him"
    if future_counts and _sums_up_a_clause_to_come(token):
        return False  # "is due to visit Buenos Aires in March, his first trip to Argentina"
    chain, purpose_of = _chain_up(clause)
    for below, node in zip([None, *chain], chain, strict=False):
        auxiliaries = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if future_counts and node.dep_ == "ROOT" and to_infinitive(node) and _subject_of_clause(node):
            return False  # a headline's "to": "Kell to visit Peru", "Norvik to sign deal with Baltica"
        if node.dep_ == "ROOT" and _asked(node):
            return False  # "Did Ana Kell meet Ben Dorr?"
        if node is not clause and node.lower_ in _TALKS_TO and node.pos_ == "NOUN":
            return False  # "is in talks to sign a deal": what the talks are for
        if auxiliaries & HYPOTHETICAL_AUX or (future_counts and auxiliaries & FUTURE_AUX):
            return False
        if node.i in purpose_of and auxiliaries & FUTURE_AUX:
            return False  # "will fly to Havana to thank Cuba": a thanks to come, whatever "will support" is
        if (auxiliaries & OBLIGATION_AUX and not _agreed(node) and not _modal_misplaced(node, auxiliaries)
                and not (node is clause and _told_of(token))):  # fmt: skip
            return False
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in _HOPING for c in node.children) and node.tag_ != "VBD":
            return False  # "Hopefully they will support him" (not "Hopefully she enjoyed her visit")
        if _inverted_condition(node):
            return False  # "his sentence would have been longer had he denied the charge"
        if _habitual(node):
            return False  # "tourists who visit Cuba every year"
        if _imperative(node):
            return False  # "Stop blaming the operators", "Back the bid": asked for, not done
        # (not a verb joined to the asking one, which shares its subject but not what it asks:
        # "Mwangi asked Liang to convey his greetings and thanked China")
        joined = below is not None and below.dep_ == "conj" and below.head.i == node.i
        if node is not clause and not joined and (node.lower_ in INTENT_WORDS or _asking(node)):
            return False  # "plans to visit", "urged Norvik to sign", "was invited to visit"
        if future_counts and node is not clause and node.lower_ in _AGREEING and _arrangeable(token, clause):
            return False  # "agreed to meet", "agreed to hold talks": arranged ("agreed to sign" is the deal)
        if node is not clause and node.lower_ in _RIGHTS and node.pos_ == "NOUN":
            return False  # "replay for the right to travel to Southampton" (not "was right to meet")
        if future_counts and node is not clause and node.lower_ in _BE and _to_infinitive_below(node, chain):
            return False  # "Blair is to visit China": what is arranged, not done
        if (
            node is not clause
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children)
            and (_to_infinitive_below(node, chain))
        ):
            return False  # "has yet to meet him", "is yet to sign"
    return True


def _chain_up(clause) -> tuple[list, set[int]]:
    """The clause and the verbs above it whose mood it shares, with the indices of those the chain
    reached as what a purpose is the purpose of. Up through what the clause completes ("plans to
    visit", "a bid to win"), and through a conjunct that shares its first verb's subject and so its
    auxiliary ("could sign and ratify"); a conjunct with a subject of its own is a clause of its own
    ("… would be disastrous and she accused …")."""
    chain = [clause]
    purpose_of: set[int] = set()
    while len(chain) < 4 and chain[-1].head is not chain[-1]:
        node = chain[-1]
        own_subject = _subject_of_clause(node)
        # a purpose ("to meet Bush") is as done as what it is the purpose of: "prepared to head to
        # Brussels to meet Bush" is not done, "flew to Brussels to meet Bush" is
        purpose = node.dep_ == "advcl" and to_infinitive(node)
        # (a participle joined to a bare verb cannot share its auxiliary: "should not foment a
        # debate … and attacking Howard's plans" is the parser's, the attack is told as done)
        shares = node.dep_ == "conj" and not own_subject and not (node.tag_ == "VBG" and node.head.tag_ != "VBG")
        # an infinitive the parser makes a clause of its own: "wants Norvik to sign"
        infinitive = node.dep_ == "ccomp" and to_infinitive(node)
        if node.dep_ in _COMPLETES or purpose or shares or infinitive:
            chain.append(node.head)
            if purpose:
                purpose_of.add(node.head.i)
        else:
            break
    return chain, purpose_of


_BE = frozenset("is are was were be".split())
_TIME_PREPOSITIONS = frozenset("after before upon while during".split())
# Talks held to do something, which is then not done: "in talks to sign", "negotiations to buy".
_TALKS_TO = frozenset("talks negotiations discussions".split())


def _dates_a_future(gerund) -> bool:
    """A gerund of time in a clause told as still to come: "will travel to Peru after meeting him",
    "will travel to Perth to tour a plant before flying to Papua New Guinea", "flies on Wednesday to
    Ethiopia before travelling to Angola" (not under "could": in "could grow after signing a deal"
    the deal is as often already signed; nor one dated in the past: "will resign after meeting him
    last week")."""
    if gerund.dep_ != "pcomp" or gerund.head.lower_ not in _TIME_PREPOSITIONS or gerund.head.head is gerund.head:
        return False
    dated_past = any(t.lower_ in _PAST_WORDS for t in gerund.subtree)  # "after meeting him last week"
    # (a day given to what came before, under a schedule told in the past, is a day gone: "Tony
    # Blair was expected to fly to Moscow after meeting Jacques Chirac in Paris on Monday"; not "next
    # Monday", nor under a condition)
    days = [t for t in gerund.subtree if t.lower_ in _WEEKDAYS and not any(c.lower_ in _COMING for c in t.children)]
    conditioned = any(t.dep_ == "mark" and t.lower_ in CONDITION_MARKS for t in gerund.sent)
    after = gerund.head.lower_ == "after" and bool(days) and not conditioned
    dated_past |= after and _told_in_the_past(gerund.head.head)
    return not dated_past and _told_to_come(gerund.head.head)


def _told_in_the_past(verb) -> bool:
    """Is the verb, or the schedule word or verb it completes, in the past ("was expected to fly",
    "were poised to sign")?"""
    chain, _ = _chain_up(verb)
    auxiliaries = [c for n in chain for c in n.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in ("was", "were", "had") for a in auxiliaries) or any(n.tag_ == "VBD" for n in chain)


def _sums_up_a_clause_to_come(noun) -> bool:
    """A trigger noun set after a clause to say what its act is ("…, his first trip to Argentina")
    is as much to come as that clause. (The parser may hang it on the clause's subject: "X is due
    to visit Buenos Aires, his first trip to Argentina", a trip in apposition to X.)"""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("npadvmod", "appos"):
        return False
    clause = noun.head.head if noun.head.dep_ in ("nsubj", "nsubjpass") and noun.head.i < noun.i else noun.head
    return clause.pos_ in ("VERB", "AUX") and _told_to_come(clause)


# Words of plan that put what they complete in a time to come, in the present: "plans to fly",
# "hopes to sign", "wants to meet" (not "tried", "offered" or "threatened", whose time is the
# telling's; nor the past of a plan, "sought to reassure MPs after meeting Rice", whose meeting is
# told as done).
_TO_COME = frozenset(
    f"{stem}{ending}" for stem in ("expect", "plan", "intend", "hope", "aim", "want", "seek") for ending in ("", "s")
) | frozenset("planning expecting intending hoping aiming wanting seeking".split())
# Words of schedule, which put what they complete in a time to come in any tense or with no verb
# at all: "is due to fly", "was expected to sign", "Tony Blair, due to fly to Moscow after meeting
# Jacques Chirac, told reporters", "could be set to fly".
_SCHEDULED = frozenset("due set scheduled likely poised expected".split())
_PRESENT_BE = frozenset("is are am 's 're".split())


def _told_to_come(verb) -> bool:
    """Is the verb told as still to come, by "will" on it or on a verb whose mood it shares, by a
    present tense with a time to come ("flies on Wednesday"), by "is to", or by a word of plan or
    schedule it completes ("is expected to meet", "is due to visit")?"""
    chain, _ = _chain_up(verb)
    if _arranged(verb) or _scheduled(verb):
        return True  # "flies on Wednesday", "is expected to arrive on Sunday, his second trip to …"
    for node in chain:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if node is not verb and (node.lower_ in _TO_COME or _scheduled(node)):
            return True
        if node is not verb and node.lower_ in _PRESENT_BE and _to_infinitive_below(node, chain):
            return True  # "is to visit"
    return any(c.dep_ in ("acomp", "xcomp") and (c.lower_ in _TO_COME or _scheduled(c)) for c in chain[-1].children)


def _scheduled(word) -> bool:
    """ "Is due to", "was expected to", "set to": a word of schedule with what it completes."""
    return word.lower_ in _SCHEDULED and any(c.dep_ == "xcomp" and to_infinitive(c) for c in word.children)


_PAST_WORDS = frozenset("last yesterday ago earlier previously".split())


def _subject_of_clause(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _asked(verb) -> bool:
    """A yes-or-no question: the sentence ends with "?" and an auxiliary comes before the subject
    ("Did she meet him?", "Has Chile signed?")."""
    words = [t for t in verb.sent if not t.is_punct or t.text == "?"]
    if not words or words[-1].text != "?":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(c.dep_ in ("aux", "auxpass") and c.i < min(subjects) for c in verb.children)


# What goes on has begun: "talks will continue", "the negotiations would continue".
_GO_ON = frozenset("continue continues continued continuing".split())


_PERIODS = frozenset("day days week weeks month months year years summer winter spring autumn".split())


# Verbs that ask someone to do what their infinitive tells, which is not thereby done: "urged
# Norvik to sign", "invited him to visit", "was asked to meet" ("forced", "helped" and "persuaded"
# tell it done, or as good as done).
_ASKING = frozenset(
    f"{stem}{ending}"
    for stem in ("urge", "invite", "encourage", "advise", "implore", "challenge")
    for ending in ("", "s", "d")
) | frozenset(
    "ask asks asked asking urging inviting encouraging advising imploring challenging tell tells told telling order "
    "orders ordered ordering instruct instructs instructed instructing press presses pressed pressing push pushes "
    "pushed pushing lobby lobbies lobbied lobbying beg begs begged begging".split()
)
_CALLING = frozenset("call calls called calling appeal appeals appealed appealing".split())


def asked_beside_a_visit(noun):
    """The verb of asking a visit is told beside when the parser hangs the visit on what was asked:
    "urged British firms to invest in India during a three-day visit to London" (the one who urged
    was there, and the visit is as real as the urging); None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("during", "on"):
        return None
    asked = prep.head
    if asked.dep_ == "xcomp" and asked.pos_ == "VERB" and _asking(asked.head):
        return asked.head
    return None


def _asking(verb) -> bool:
    """A verb of asking ("urged", "told", "invited"), or "called on" / "appealed to" someone."""
    if verb.lower_ in _ASKING:
        return True
    return verb.lower_ in _CALLING and any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for c in verb.children)


def _imperative(verb) -> bool:
    """A command: a verb in its bare form that opens its sentence ("Please", "Do not" aside) with no
    subject or auxiliary of its own (the parser may hang it below the clause after a dash)."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    return all(t.lower_ in _BEFORE_A_COMMAND or t.is_punct for t in before)


_BEFORE_A_COMMAND = frozenset("please do don't n't not just never".split())


def _habitual(verb) -> bool:
    """ "Visit Cuba every year", "meet annually", "regular meetings with Beijing ministers": what
    happens again and again, no one event."""
    if verb.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _SUMMED_UP for c in verb.children):
        return True  # "her previous meetings with the fifth seed"
    if verb.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _RECURRING for c in verb.children):
        return not _told_as_held(verb)  # "part of regular meetings", not "held their regular talks on Monday"
    if _habit_infinitive(verb):
        return True  # "tends to be critical of the President", "he used to meet the envoys"
    for c in verb.children:
        if c.lower_ in ("annually", "yearly"):
            return True  # "meets annually"
        if c.dep_ == "advmod" and c.lower_ in _HABITUALLY and verb.tag_ in ("VBZ", "VBP"):
            return True  # "regularly visits", "often criticises" (not "have frequently accused": done)
        if c.lower_ in _PERIODS and any(d.lower_ in ("every", "each") for d in c.children):
            return True  # "every year", "each month"
        if c.lower_ in _PERIODS and any(d.lower_ in _TIMES for d in c.children):
            return True  # "twice a year", "once a month" (not "a year ago", "a week later")
    return False


# Adverbs of a habit, said in the present: what is done again and again, no one event ("regularly
# meets", "often criticises"); in the past they tell of times it was done ("have frequently accused
# it", the BBC gold's reading), as "repeatedly" does.
_HABITUALLY = frozenset("regularly routinely usually habitually frequently often".split())
_TIMES = frozenset("once twice thrice".split())


_HABIT_VERBS = frozenset("used tend tends tended tending".split())


def _habit_infinitive(verb) -> bool:
    """ "Used to meet", "tends to be critical of": what one did or does habitually (not "used the
    meeting to criticise him", a means; not "tended the graves", "tended to the wounded")."""
    if verb.lower_ not in _HABIT_VERBS or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)  # fmt: skip


# Adjectives of events in the plural that recur or sum up the past: "regular meetings", "annual talks",
# "her previous meetings with the fifth seed" (not "the annual summit", one told event).
_RECURRING = frozenset("regular routine periodic annual frequent occasional weekly monthly yearly".split())
_SUMMED_UP = frozenset("previous past prior".split())


def _told_as_held(noun) -> bool:
    """Meetings told as having taken place, in the past tense: "held their regular talks", "the annual
    talks were held in Lima"."""
    verb = noun.head
    while verb.dep_ in ("prep", "pobj") and verb.head.i != verb.i:
        verb = verb.head
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    return past and verb.lower_ in _HELD  # (not "recalled his frequent meetings with …")


_HELD = frozenset("held took began opened ended resumed concluded convened".split())


def _inverted_condition(verb) -> bool:
    """ "Had he denied …", "were she to sign …", "should they meet …": an auxiliary before its
    own subject, in a sentence that asks nothing, is a condition, not what happened (the parser
    makes such a clause the root as often as an adverbial clause)."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or verb.sent.text.rstrip(" \"'”’").endswith("?"):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should") and c.i < min(subjects)
               for c in verb.children)  # fmt: skip


# Times still to come: "next week", "tomorrow", "later this month".
_COMING = frozenset("next tomorrow tonight later coming upcoming".split())
# A day named with a present tense is a day still to come: news tells what was done on Monday in
# the past tense ("met on Monday"), what is arranged for it in the present ("is meeting on Thursday",
# "travel to Newcastle on Wednesday").
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


# Verbs of a joint commitment: "agreeing that China and Brazil should support …".
_AGREEING = frozenset("agree agrees agreed agreeing".split())
_SIGNING = frozenset("sign signs signed signing ink inks inked inking".split())
# Verbs a deal is made with: signed, reached, concluded, sealed, struck, clinched.
_CONCLUDING = _SIGNING | frozenset(
    "reach reached conclude concluded seal sealed strike struck clinch clinched finalise finalised finalize finalized"
    .split()
)  # fmt: skip


def _arrangeable(token, clause) -> bool:
    """What agreeing to it arranges: a meeting, a trip, talks (the verb or its noun); not a
    signing, which agreeing to is the deal, nor charges one agrees to settle, which were made."""
    if token.pos_ == "NOUN":
        return token.lower_ in _REFUSABLE and token.lower_ not in _AGREEMENT_WORDS
    return clause.lower_ not in _SIGNING


def _told_of(token) -> bool:
    """A trigger noun that is what its clause says something of ("her visit was a mistake", "her
    visit should be seen as a gesture"): the clause judges the event, it does not deny or demand it.
    Not when the clause tells that it took place ("talks were held", "the deal was signed")."""
    took_place = token.dep_ == "nsubjpass" and token.head.lower_ in _TOOK_PLACE
    return token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and not took_place


# Passives that tell an event noun took place: "talks were held", "a deal was signed".
_TOOK_PLACE = frozenset("held conducted signed struck agreed concluded sealed paid made".split())


# What reports are found to be: "reports that she met him proved false".
_FALSE = frozenset("false untrue unfounded baseless groundless wrong inaccurate incorrect".split())


def _disputed(hearsay) -> bool:
    """Reports or claims that their verb denies, dismisses or laughs off (as its object, or as the
    subject of its passive: "reports that … were denied"), or that proved false; not "did not deny
    reports"."""
    verb = hearsay.head
    found_false = any(c.dep_ in ("oprd", "acomp", "attr") and c.lower_ in _FALSE for c in verb.children)
    if hearsay.dep_ == "nsubj" and found_false:
        return not _negated_verb(verb)  # "proved false", "were unfounded" (not "were not unfounded")
    if hearsay.dep_ not in ("dobj", "nsubjpass") or _negated_verb(verb) or negated(verb):
        return False  # (nor "refused to deny the claim that …")
    particle = _DISPUTING_PHRASES.get(verb.lower_)
    return verb.lower_ in _DISPUTING or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def agents_of(verb) -> list:
    """Whom a passive verb's "by" phrase names ("was charged by the USADA": USADA)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _neither_nor(verb) -> bool:
    """A subject, object or passive agent of the verb that is "neither X nor Y": no one did it."""
    arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] + agents_of(verb)
    return any(g.lower_ == "neither" and g.dep_ in ("det", "preconj") for a in arguments for g in a.children)


def _negated_verb(verb) -> bool:
    """ "Did not deny", "has never been", "was hardly": a "not" or a "never" on the word itself."""
    return any(c.dep_ == "neg" or c.lower_ in _NEVER for c in verb.children)


# Auxiliaries of a clause told in the past or the perfect ("did take place", "has made").
_PERFECT_OR_PAST = frozenset("have has had did".split())
# Verbs that carry an event out: "made her planned visit", "the talks went ahead", "took place".
_CARRIED_OUT = frozenset(
    """make makes made pay pays paid take takes took taken go goes went gone begin begins began begun start starts
    started open opens opened hold holds held complete completes completed cut cuts end ends ended conclude
    concludes concluded finish finishes finished""".split()
)


def _fulfilled(noun, clause) -> bool:
    """A planned event its clause says was carried out, the noun being what the verb did."""
    if noun.head.i != clause.i or clause.lower_ not in _CARRIED_OUT or _negated_verb(clause):
        return False
    return clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in _PERFECT_OR_PAST for c in clause.children)


def _modal_misplaced(verb, auxiliaries: set[str]) -> bool:
    """A modal hung on a participle with no "be" ("should not [a quotation] and attacking Howard's
    plans"): the parser's, since "should" takes a bare verb; "should be backing" is English."""
    return verb.tag_ == "VBG" and not auxiliaries & {"be", "been"}


def _agreed(clause) -> bool:
    """ "Agreeing that China and Brazil should support Russia and Ukraine": what the parties agree
    they should do is their commitment, told as one; what someone else says another should do
    ("the EU said that the US should back Ukraine") is a demand, not done. A deal they agree should
    be made ("agreed that a ceasefire should be reached", "that the accord should be signed") is
    one to come."""
    return clause.dep_ == "ccomp" and clause.head.lower_ in _AGREEING and clause.lower_ not in _CONCLUDING


_UNTIL = frozenset("until till through".split())


def _arranged(clause) -> bool:
    """A present tense with a time to come is an arrangement, not an act: "is travelling to America
    next week", "are meeting tomorrow", "flies to Washington next week", "visits Chile next month",
    "is meeting Ms Furse on Thursday"."""
    present = ("is", "are", "am")
    progressive = clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in present for c in clause.children)
    # the passive: "which is visited on Thursday", "is being visited tonight" (not "was being")
    passive = clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and (c.lower_ in present or (c.lower_ == "being" and any(
            a.dep_ == "aux" and a.lower_ in present for a in clause.children)))
        for c in clause.children
    )  # fmt: skip
    if not progressive and not passive and clause.tag_ not in ("VBZ", "VBP"):
        return False
    # (not "until Friday": an end to what is going on now, "is on a visit to Cuba until Friday")
    times = [c for c in clause.children if c.dep_ in ("npadvmod", "advmod", "prep") and c.lower_ not in _UNTIL]
    # (the parser may hang the day on the object: "are holding talks on Thursday")
    times += [g for c in clause.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    return any(t.lower_ in _COMING or (t.lower_ in _WEEKDAYS and not _in_a_span(t)) for c in times for t in c.subtree)


def _in_a_span(day) -> bool:
    """ "From Monday to Saturday": a day that opens or closes a span told whole, which is going on
    in the present tense ("is on an official visit to China from Monday to Saturday"), as "until
    Friday" is."""
    opening = day.head if day.head.lower_ == "from" else day.head.head if day.head.lower_ == "to" else None
    return opening is not None and opening.lower_ == "from" and any(c.lower_ == "to" for c in opening.children)


def _object_of_undoing(token, clause) -> bool:
    """A trigger noun that a verb of planning, seeking, asking or cancelling takes as its object,
    directly or through "for" or "on" ("hoped for talks", "missing out on the tour"), that is told as
    still to come ("her planned visit", "ahead of talks"); not a time or a place told with another
    preposition ("missed a vote during his visit", "got what he wanted from his talks")."""
    if token.pos_ != "NOUN":
        return False
    token = _round_of(token)  # "called for a new round of talks": what is asked for is the round
    if _before_it(token):
        return True  # "ahead of talks with the LSE on Friday", "on the eve of his visit"
    if token.head.lower_ == "to" and token.head.head.lower_ in _AGREEING and _arrangeable(token, clause):
        return True  # "agreed to a meeting with", "agreed to talks with": arranged, as "agreed to meet"
    if token.head.lower_ == "for" and _way_for(token.head.head):
        return True  # "cleared the way for talks with", "paved the way for a visit", "set the stage for"
    if _cleared_of(token):
        return True  # "were cleared of charges relating to missed tests" (not "was not cleared of")
    if clause.i == token.i:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in token.children) and not _fulfilled(token, clause):
        return True  # "her planned visit to Baltica", "the forthcoming talks" (not "made her planned visit")
    if token.head.dep_ == "prep" and token.head.lower_ == "for" and token.head.head.lower_ in _PLANS:
        return True  # "scrapped plans for a trip to Baltica", "hopes for a deal"
    if token.head.dep_ == "prep" and token.head.lower_ == "for" and token.head.head.lower_ in _DEMANDING_FOR:
        return True  # "called for talks with", "pressed for a deal"
    if token.head.lower_ in _DEMANDING and token.dep_ in ("dobj", "obj"):
        return True  # "demanded a meeting with"
    if (
        token.dep_ in ("dobj", "obj")
        and token.head.i == clause.i
        and token.lower_ in _REFUSABLE
        and (
            clause.lower_ in _REFUSING
            or any(c.dep_ == "prt" and c.lower_ == _REFUSING_PHRASES.get(clause.lower_) for c in clause.children)
        )
    ):
        return True  # "rejected talks with", "turned down a meeting with", "expects talks with"
    if (particle := _UNDOING_PHRASES.get(clause.lower_)) is not None:
        # "called off her visit"; "pulled out of the talks", where the parser hangs "of" on "out"
        if any(c.lower_ == particle for c in clause.children if c.dep_ in ("prt", "prep")):
            return token.head.i == clause.i or (token.head.lower_ == "of" and token.head.head.lower_ == particle)
    if clause.lower_ not in _UNDOING:
        return False
    regarded = any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in clause.children) or any(
        c.dep_ == "appos" for c in token.children
    )  # (the parser makes "a success" an apposition of the trip as often)
    if clause.lower_ in _CONSIDER and regarded:
        return False  # "considered her trip a success": regarded, not weighed
    if token.head.i == clause.i:
        # "cancelled the visit", and the passive "her visit was cancelled", "the talks were postponed"
        return token.dep_ in ("dobj", "obj") or (token.dep_ == "nsubjpass" and not regarded)
    return token.head.dep_ == "prep" and token.head.lower_ in ("for", "on") and token.head.head.i == clause.i


_PLANS = frozenset("plan plans hope hopes bid bids proposal proposals".split())
# What is made possible is still to come: "paved the way for talks", "set the stage for a visit".
_WAY_FOR = frozenset("way path stage ground groundwork".split())


def _way_for(word) -> bool:
    """ "The way" of "paved the way for", as the noun or as the verb's object (where the parser
    hangs "for" on the verb)."""
    return word.lower_ in _WAY_FOR or any(c.dep_ == "dobj" and c.lower_ in _WAY_FOR for c in word.children)


# Nouns that stand for the talks they count or start: "a new round of talks", "a resumption of talks".
_ROUNDS = frozenset("round rounds series resumption".split())


def _round_of(noun):
    """The round or resumption a noun is told through ("a new round of talks"), else the noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _ROUNDS:
        return noun.head.head
    return noun


def _planned(clause) -> bool:
    """Is what a noun subject names only planned by its clause: "is due to take place", "are
    expected", "is scheduled for Monday"?"""
    if clause.lower_ in INTENT_WORDS:
        # (not "criticism has been aimed at Cygan": aimed at someone, not at doing something)
        return not _aimed_at_someone(clause)
    return any(c.dep_ in ("acomp", "xcomp") and c.lower_ in INTENT_WORDS for c in clause.children)


def _aimed_at_someone(verb) -> bool:
    """ "Has been aimed at Pascal Cygan", "aimed at him": at someone named, not at doing or at a
    thing ("talks aimed at ending the war", "a trip aimed at investors")."""
    return verb.lower_ == "aimed" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lower_ in ("him", "her", "them"))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.children
    )


def _to_infinitive_below(node, chain) -> bool:
    """Is the chain's step below `node` a "to" infinitive that completes it ("is [to visit]")?"""
    below = chain[chain.index(node) - 1]
    return below.dep_ == "xcomp" and to_infinitive(below)


def purpose_of_a_noun(token) -> bool:
    """ "During a visit to support X": support as what a noun is for, not support given. (A
    delegation "to visit" a country did visit it, so the visit types do not ask this.)"""
    return token.dep_ in ("acl", "relcl") and to_infinitive(token)


# Verbs and nouns of a charge: what they say someone did is alleged, not told as done (the event
# types read the same words as accusations, `event_types._ACCUSE`).
ACCUSING_VERBS = frozenset("accuse accuses accused accusing blame blames blamed blaming".split())
ACCUSATION_NOUNS = frozenset("accusation accusations allegation allegations".split())


def inside_a_charge(token) -> bool:
    """ "Accused the party of signing up to a deal", "accused him of having met Hale": the signing
    or the meeting is what the charge says, not an event the reporter tells ("blamed Kell for
    visiting Peru" is a reason given, and told as done)."""
    path = []
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.lower_ in ACCUSING_VERBS or ancestor.lower_ in ACCUSATION_NOUNS:
            return any(t.lower_ in ("of", "that") or t.dep_ == "ccomp" for t in [token, *path])
        path.append(ancestor)
    return False
