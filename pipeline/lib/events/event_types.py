"""What happened: visits, agreements signed, support and criticism, coded on the CAMEO scale.

Meetings (`meetings.py`) are one kind of event; this module finds four more in the same parses
(`cues.parse_text`: only sentences with a cue are parsed). Each type has trigger words, read from
the parse, and two sides:

    MEET      040  met, meeting with, talks with (`meetings.find_meetings`): subject, the other side
    VISIT     042  visit(ed), toured, a visit/trip/tour/stopover to, arrived in or to, flew or
                   headed to, spent (days) in: the visitor, the country (else the person)
                   visited; a city is the place
    VISIT     043  hosted, received (a person): the host, the guest
    SIGN      057  signed, inked, the signing of; agreed, struck, reached, sealed, clinched or
                   concluded a deal, agreement, accord, treaty, pact, contract, settlement, truce
                   or ceasefire; announced or completed one "with" someone; agreed to buy, acquire
                   or merge with a firm; bought, sold or acquired (a stake in) a firm "in",
                   "under" or "as part of" a deal: a signatory, the other ("with", "between",
                   the firm bought, the buyer of a sale); coordinated signatories ("India and
                   Russia signed a memorandum") and
                   a deal "between" two sides sign with each other ("the firm and the
                   government": the article's country); a charter, convention, protocol,
                   communiqué or treaty has no other side; `detail` is what was signed
    SUPPORT   051  praised, commended, hailed, applauded, lauded, thanked, congratulated, admired,
                   spoke highly of; praise, gratitude, thanks, tribute (nouns; "heaped praise on",
                   "was full of praise for")
    SUPPORT   053  supported, backed, endorsed; support, backing, solidarity; an advocate,
                   supporter, backer or proponent of
    CRITICIZE 111  criticised, condemned, denounced, slammed, blasted, mocked, ridiculed, lampooned,
                   vilified, attacked (words, or a person over something), hit out / back at,
                   branded or labelled (as something), rapped or slated (for something),
                   dismissed (as something, not as a post); criticism, condemnation, an attack on
    CRITICIZE 112  accused, blamed, indicted; accusation, allegation (a passive with no giver, or a
                   jury's: side A unnamed; an allegation "that X did …" is of X); criminal charges
                   faced ("facing fraud charges": side A unnamed)

Criticism faced, attracted or encountered has its subject as side B; so has criticism dismissed or
rejected ("Mr Clarke dismissed the latest Tory attack"), and criticism prompted, sparked or provoked
by what someone said or did ("his remarks prompted censure": side B is whose remarks). Criticism
of what someone unnamed said or decided ("branded the decision unacceptable") has side B unnamed,
as has criticism of people no one names ("accused some critics").

For SUPPORT and CRITICIZE side A is who praises, supports, criticises or accuses, side B whom; an
event noun takes its sides from its owner, its "by" phrase or the verb that gives it ("offered
support") and from its "for", "to", "of" or "against" phrase.

Which entity a side is (a pronoun, "the party", a role, a group, the last sentence's subject or
its plural subject, the speaker of a speech printed whole, "the government" as the country the
article names most) is `event_sides`' work. A signing with no
partner phrase ("also signed a deal on tourism") is with the side its signatory last visited,
signed with or met in the article; with none, it is left out.

A trigger inside a direct quotation is the speaker's word, not the reporter's account, and is left
out (quotations have their own table); so are a negated trigger ("did not support") and one inside
what a charge says ("accused them of signing"). The date and the place are found as for meetings
(`meetings._date_of`, `meetings._place_of`). An event told twice in an article (a teaser and the
republished item) is one row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.lib.events.cues import parse_text
from pipeline.lib.events.event_sides import (
    _COUNTRY_BODIES,
    _DONE_TO,
    _FIRMS_ORGANS,
    _LEADERS_OF,
    _PRONOUNS,
    _SIDE_TYPES,
    _STATEMENT_NOUNS,
    _THE_GUESTS,
    _UTTERANCES,
    ACTS_OF_FORCE,
    ADVERSARIES,
    Actors,
    _forms,
    _head_entities,
    _objects,
    _of_objects,
    _pair_subject,
    _prep_objects,
    _subject,
    _verb,
    an_age_for_a_person,
    deed_hung_on_the_accused,
    described_person,
    main_verb_read_as_a_participle,
    maker,
    of_the_opposition,
    relative_noun,
    the_office_holders,
)
from pipeline.lib.events.factuality import (
    ACCUSATION_NOUNS,
    ACCUSING_VERBS,
    agents_of,
    asked_beside_a_visit,
    inside_a_charge,
    negated,
    none_of,
    purpose_of_a_noun,
    to_infinitive,
    told_as_done,
)
from pipeline.lib.events.meetings import (
    _CALENDAR,
    EntitySpan,
    Meeting,
    ParagraphIn,
    _best_sides,
    _date_of,
    _entities_in,
    _place_of,
    _pruned_subtree,
    a_name_missed,
    conjuncts,
    guests_of_visiting,
    led_a_delegation_before,
    name_hung_on_the_verb,
    sentence_bounds,
    with_the,
)
from pipeline.lib.events.quotations import RELATIONS, Person, is_quotation, quotation_regions
from pipeline.lib.events.roles import (
    ACTING_FOR_THEIR_SIDES,
    PERSON_NOUNS,
    ROLE_HEADS,
    STATE_OFFICES,
    a_group_of_a_country,
    bare_government,
    countries_named,
    government_country,
    home_country,
    is_role_word,
    out_of_office,
    role_key,
    written_word,
)
from pipeline.lib.nlp.countries import is_demonym, iso3_for
from pipeline.lib.nlp.names import PERSON_DESCRIPTIONS
from pipeline.lib.nlp.places import airport_countries, countries_of_place
from pipeline.lib.text.datelines import parse_dateline
from pipeline.lib.text.sentences import sentence_spans

MEET, VISIT, SIGN, SUPPORT, CRITICIZE = "MEET", "VISIT", "SIGN", "SUPPORT", "CRITICIZE"
EVENT_TYPES = (MEET, VISIT, SIGN, SUPPORT, CRITICIZE)
# CAMEO codes (Conflict and Mediation Event Observations, the scale of GDELT's event stream).
CAMEO = {
    "040": "Consult, not specified (meet)",
    "042": "Make a visit",
    "043": "Host a visit",
    "051": "Praise or endorse (praise, commend, hail, welcome, thank)",
    "053": "Rally support on behalf of",
    "057": "Sign formal agreement",
    "111": "Criticize or denounce",
    "112": "Accuse",
}
CAMEO_OF_TYPE = {MEET: ("040",), VISIT: ("042", "043"), SIGN: ("057",), SUPPORT: ("051", "053"),
                 CRITICIZE: ("111", "112")}  # fmt: skip


_VISIT_VERBS = _verb("visit", "tour")
_VISIT_NOUNS = _forms("visit visits trip trips tour tours stopover stopovers")
_JOURNEYS = _forms("journey journeys travels mission missions")
# Arriving or travelling "in" or "to" a place; "arrived at the police station" is a building
# reached, not a visit.
_ARRIVE = _verb("arrive", "travel") | _forms("travelled travelling")


# Flying or heading "to" a place (with no object: "headed the ball to" is football); words common
# outside travel, so they are cues only with their "to".
_WENT = _forms("went gone")
_HEAD_TO = _verb("head") | _forms("jetted jetting fly flies flew flown flying") | _WENT
# Verbs of going somewhere, whose purpose is done where one went (`meetings._place_of`).
_GOING = _ARRIVE | _HEAD_TO
# Landing or touching down "in" a place, with no object ("landed a deal" is won): an arrival by air.
_LAND = _verb("land")
_TOUCH = _verb("touch")
# Stopping "in" a named place, or off or over there, on the way: "stopped in Accra", "stopped off in
# Dubai" (not "stopped in his tracks", "stopped in the second half": a place must be named).
_STOP = _forms("stop stops stopped stopping")
# Time spent in a place: "spent two days in Tanzania" (the verb with a span of time as its object).
_SPEND = _forms("spend spends spent spending")
# Months or years spent somewhere are a stay ("spent nine months in Italy with Juventus"), not a visit.
_TIME_NOUNS = _forms("day days week weeks hour hours night nights weekend")
_SPANS_OF_TIME = _TIME_NOUNS | _forms("month months year years decade decades")  # "spent two years in prison"
# The participles of saying or naming that make an attack one of words.
_NAMING = _forms(
    "saying claiming calling dubbing branding labelling labeling describing accusing arguing insisting",
    "warning telling",
)
_HOST = _verb("host", "receive")
# A host's meal or party for a guest: "hosted a state banquet for", "gave a dinner in honour of".
_MEALS = _forms("banquet banquets dinner dinners lunch lunches luncheon luncheons breakfast reception")
_HOST_A_MEAL = _HOST | _verb("give", "throw", "offer") | _forms("gave given threw thrown")
_RECEIVE_A_VISIT = _verb("receive")  # "received a visit from X"
# Leading or heading a delegation or a mission to a place is going there: "led a delegation to Chile".
_LEAD_VERBS = _forms("lead leads led leading head heads headed heading")
_DELEGATIONS = _forms("delegation delegations mission missions")
_SIGN = _verb("sign", "ink")
# "Put their signatures to a memorandum", "set his signature on the treaty", "affixed their
# signatures to": a signing in other words.
_PUT_A_SIGNATURE = _forms("put puts putting set sets setting") | _verb("affix")
_SIGNATURES = _forms("signature signatures")
# An agreement concluded in other words: "agreed a deal with", "struck a deal", "reached an
# agreement", "sealed a pact" (the agreement is the verb's object; its nouns are cue words).
_CONCLUDE = _verb("agree", "reach", "seal", "clinch", "conclude") | _forms("strike strikes struck striking")
_AGREEMENT_NOUNS = _forms(
    "deal deals agreement agreements accord accords treaty treaties pact pacts contract contracts memorandum",
    "settlement settlements truce truces ceasefire ceasefires",
)
# A contract someone has with another is an employment told of, not a signing ("his contract with
# Chelsea runs until 2007").
_CONTRACTS = _forms("contract contracts")
# An agreement made public or closed: "announced a deal with Fujitsu", "completed an agreement with".
# Texts many sign, each on their own: the other signatories are no side of one's signing.
_INSTRUMENTS = _forms(
    "charter charters convention conventions protocol protocols communique communiqué declaration declarations",
    "treaty treaties",
)
# "Agreed to buy AT&T": a takeover or merger agreed is a deal signed with the firm bought.
_AGREE = _verb("agree")
_PURCHASE = _forms("buy acquire purchase take merge")
# ... as a firm sold is ("agreed to be bought by Norvik", "to be taken over by …").
_BOUGHT = _forms("bought acquired purchased taken")
_TAKEOVER_NOUNS = _forms("buyout buy-out takeover merger acquisition")
# A bid for a firm that its owners accept, which makes the deal: "MCI accepted a $6.75bn buyout from
# Verizon", "the board accepted a takeover offer from Baltica".
_ACCEPT = _verb("accept")
_BIDS = _TAKEOVER_NOUNS | _forms("bid bids offer offers")
_IMPORT = _verb("import")
_TRADED_IN = _PURCHASE | _IMPORT  # whose seller is the deal's partner: "a deal to acquire planes from ATR"
# A purchase or a sale told as a deal: "bought a 26% stake in Jagran in a deal worth …", "bought
# its stake in Sunderland as part of a media deal", "sold the unit to BLB under a deal".
_BUY_SELL = _verb("acquire", "purchase") | _forms("buy buys buying bought sell sells selling sold")
_DEAL_PREPS = _forms("in under")
_ANNOUNCE_DEAL = _verb("announce", "unveil", "complete", "finalise", "finalize", "close")
_PRAISE = _verb(
    "praise",
    "commend",
    "hail",
    "applaud",
    "laud",
    "thank",
    "congratulate",
    "welcome",
    "salute",
    "compliment",
    "acclaim",
    "admire",
) | _forms("extol extols extolled extolling")
# "champion" as a verb only: "champions" is mostly the noun of sport.
_SUPPORT = _verb("support", "back", "endorse") | _forms("championed championing")
_SUPPORT_NOUN_VERBS = _verb(
    "express",
    "reiterate",
    "reaffirm",
    "voice",
    "pledge",
    "offer",
    "provide",
    "extend",
    "convey",
    "show",
    "declare",
    "heap",
    "lavish",
    "shower",
    # an attack or a criticism launched, mounted, renewed or made ("launched an attack on Tory plans")
    "launch",
    "mount",
    "renew",
    # joining or repeating someone else's criticism or praise is making it too
    "echo",
    "join",
    "repeat",
    "level",
    # leading it is making it first: "led criticism of the plan", "spearheaded the attack on"
    "spearhead",
) | _forms(
    "lead leads led leading "
    "give gives gave given giving lend lends lent pay pays paid paying levelled levelling send sends sent sending"
    " make makes made making"
)
_CRITICIZE = _verb(
    "criticise",
    "criticize",
    "condemn",
    "denounce",
    "lambast",
    "rebuke",
    "blast",
    "deplore",
    "castigate",
    "censure",
    "deride",
    "berate",
    "chide",
    "assail",
    "excoriate",
    "disparage",
    "reproach",
    "upbraid",
    "ridicule",
    "lampoon",
    "mock",
    "scold",
    "repudiate",
    "reprimand",
    "admonish",
    "belittle",
    "denigrate",
) | _forms(
    "slam slams slammed slamming decry decries decried decrying vilify vilifies vilified vilifying",
    "pillory pillories pilloried pillorying",
)
# Phrasal criticism: "hit out at X", "lashed out at X", "hit back at X" (the verb with "out" or
# "back"), "rounded on X"; side B is the object of the preposition.
_OUT_AT = _forms("hit hits hitting lash lashes lashed lashing")
_ROUND_ON = _forms("round rounds rounded rounding")
# "Tore into the Tory plans", "laying into the Conservatives' record": criticism of words or deeds
# ("tore into the visitors from the kick-off" is play).
_TEAR_INTO = _forms("tear tears tore torn tearing lay lays laid laying")
# What one sets about, rather than attacks, when one tears into it.
_DEEDS = _forms("work effort efforts performance contribution contributions achievement achievements legacy")
# Headline English for a rebuke: "rapped X for his comments", "raps X over …" (only with a reason:
# "rapped over the beat" is music).
_RAP = _forms("raps rapped rapping slates slated slating")
# Branding or labelling someone, or what they said or did, as something ("branded the decision
# unacceptable", "labelled the party a joke", "was branded 'deeply irresponsible'") is how news
# reports a verbal attack; naming with no judgement is "dubbed", "called".
_BRAND = _verb("brand", "label") | _forms("labelled labelling")
_ACCUSE = ACCUSING_VERBS  # "accuse", "blame" in every form
# Blame lays a cause: of an actor it is criticism, of a thing ("blamed weak demand") it is not.
_BLAME = _verb("blame")
# What befalls someone, not a deed of whom its "by" phrase names ("blamed her defeat by Elia on injuries").
_OUTCOMES = _forms("defeat defeats loss losses win wins victory victories beating thrashing elimination")
# "Dismissed the Budget as a gimmick": a judgement given with "as" ("dismissed the manager" is not).
_DISMISS = _verb("dismiss")
# What someone said, decided or planned, not what they did by force or achieved: a reason an attack
# "over" it is words ("attacked Heathwell over 'outrageous' plans"; not "over its airstrikes").
_SAID_OR_PLANNED = _STATEMENT_NOUNS - _DONE_TO - _DEEDS - _forms("presence aggression provocation provocations drills")
# "Attack" is criticism when what is attacked is said or decided ("attacked Labour's pledges") or is
# a person; attacking a country or a place is force, not one of these types.
_ATTACK = _verb("attack")
# "Savaged the plans", "savaged the chairman for …" (not "Wales savaged Italy 40-3": a rout), as an attack.
_SAVAGE = _verb("savage")
# Words that give an agreement's value, between it and its partner: "a deal totalling $375m with …".
_VALUED = _forms("totalling totaling worth valued costing")
# Nouns that state the event themselves when they name both sides: "its support for Guyana",
# "gratitude to China", "Labour's criticism of the plan's backers", "accusations against Iran".
_SUPPORT_NOUNS = _forms("support backing endorsement solidarity blessing")
_PRAISE_NOUNS = _forms("praise gratitude appreciation congratulations thanks tribute tributes plaudits")
_MESSAGES = _forms("message messages letter letters telegram telegrams cable cables note notes")
_CRITICISM_NOUNS = _forms("criticism criticisms condemnation denunciation censure outcry outrage broadside broadsides")
# Criticism as a shot taken: "took aim at", "took a swipe at", "took potshots at".
_SHOTS = _forms("aim swipe swipes potshot potshots")
# Scorn poured or heaped on someone: "poured scorn on the plans".
_POUR = _forms("pour pours poured pouring heap heaps heaped heaping")
# (and a trip that took someone somewhere: "the trip took him to Kenya")
_TAKE = _forms("take takes took taken taking")
# Blame laid on someone: "put the blame on X", "laid the blame for the crisis on X".
_LAY_BLAME = _forms("put puts putting lay lays laid laying pin pins pinned pinning place places placed placing")
# Support someone has, enjoys or keeps is someone else's given them: "has the backing of X".
_HOLD_SUPPORT = _forms("have has had having enjoy enjoys enjoyed enjoying retain retains retained retaining")
# Praise or support that came from someone: "support for X came from Y".
_CAME = _forms("come comes came coming")
_ASSURE = _verb("assure", "reassure")
_PUBLIC_REACTIONS = _forms("outcry outrage")  # the public's, when no one owns them
_ACCUSATION_NOUNS = ACCUSATION_NOUNS
# Charges are accusations when someone faces or denies them ("facing fraud charges"); alone the
# word is as often a price ("bank charges").
_CHARGE_NOUNS = _forms("charge charges")
# Verbs that hold someone on charges or answer them for him: "was arrested on fraud charges",
# "defending Ebbers against fraud charges", "cleared of all charges".
# ("cleared of charges", "acquitted of" hold whom they clear, but `factuality` tells a clearing as a
# ruling, not an accusation, unless it is denied: "was not cleared of the charges")
_HELD_ON = _verb("arrest", "detain", "jail", "convict", "indict", "extradite", "defend", "clear", "acquit") | _forms(
    "hold holds held holding try tries tried trying"
)
# "Charged with fraud": a formal accusation, when the charge is a crime ("charged with the task" is not).
_CHARGE_VERBS = _forms("charge charges charged charging")
# Where charges put someone: "in jail on charges of fraud", "faces trial on criminal charges".
_CUSTODY = _forms("jail prison custody trial detention remand")
# A count of charges or of criticism, between them and what holds them or faces them: "defending
# Ebbers against a battery of fraud charges", "faced a barrage of criticism".
_AMOUNT_NOUNS = _forms(
    "battery series string raft host number list litany slew catalogue range barrage storm wave chorus flurry torrent"
)
# Indicting is nearly always charging formally ("He and three others were indicted"; the figurative
# "indicted the government's record" is rare in news).
_INDICT = _verb("indict")
# Charges are criminal when a crime or a court names them ("fraud charges", "criminal charges",
# "charges of corruption") or when they stand alone ("faces charges"); a price is anything else
# ("delivery charges", "charges of £12", "a daily charge").
_CRIME_WORDS = _forms(
    "criminal federal disciplinary misconduct fraud corruption bribery embezzlement evasion laundering murder",
    "manslaughter assault theft robbery burglary rape kidnapping terrorism terror terrorist smuggling trafficking",
    "espionage treason sedition conspiracy racketeering perjury doping drug drugs firearms weapons harassment",
    "contempt genocide insider trading tax",
    "crimes offences offenses",
    # a governing body's charges: "charged with improper conduct", "with a breach of its rules"
    "conduct breach breaches violation violations",
)
# Crimes told as doing them (the parse has no lemmas): "charged with harassing him", "with conspiring".
_CRIMINAL_ACTS = _forms(
    "harassing defrauding murdering killing assaulting attacking robbing stealing bribing conspiring laundering",
    "smuggling trafficking kidnapping raping threatening obstructing falsifying forging embezzling evading",
    "abducting stalking intimidating",
)
# Who brings charges without being named: "charged by police", "by the Greek authorities".
_AUTHORITIES = _forms("police prosecutors prosecutor authorities investigators regulators regulator")
# Participles that say whom a criticism or a charge was aimed at ("criticism directed at X").
_AIMED = _forms("directed aimed levelled leveled targeted hurled thrown")
# Pronouns that own a noun: "lent their backing", "offered his support".
_POSSESSIVE_PRONOUNS = _forms("his her its their my our")
# The commas and dashes that set off a clause pruned from a phrase's text.
_SEPARATORS = frozenset(",;:-–—")
# A verb's subjects and objects, of which a list may be what a later "they" means.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_RECIPROCAL = _forms("mutual reciprocal")
# "speak highly of", "thought highly of": praise said with an adverb, not a praise word.
_IDIOM_VERBS = _verb("speak", "talk", "think") | _forms("spoke spoken thought")
# Appreciation is praise only so qualified ("appreciated the gesture" is thanks at most).
_APPRECIATE = _verb("appreciate")  # (not "value": "SoftBank has highly valued Voltline" is a price)
_HIGHLY = _forms("highly greatly deeply")
_LIGHT_VERBS = _forms("made make makes making paid pay pays paying undertook undertake began")
# A side no one names, as the gold writes it (null): "accused some critics", "media criticism".
_GENERIC_PEOPLE = (
    _forms(
        "media press observers analysts commentators campaigners protesters activists unions",
        "mps peers backbenchers experts economists voters fans residents investors shareholders nations countries",
        "prosecutors police investigators authorities jury juries diplomats lawmakers legislators",
        "customers consumers owners users passengers viewers",
        "delegates participants demonstrators marchers",
    )
    | ADVERSARIES
)
# People or bodies a criticism is aimed at without naming them ("accused ministers of …", "accused
# some Islamic schools of …", "criticised officials"): side B unnamed (never a critic: "ministers
# criticised" is told by `_GENERIC_PEOPLE`); with those, the givers of support by a verb no one
# names ("head teachers have backed …").
_UNNAMED_GROUPS = _forms(
    "ministers officials politicians bosses executives directors managers leaders schools firms companies banks",
    "councils agencies broadcasters retailers lenders employers teachers doctors officers judges clubs players",
    "universities charities groups",
)
# Verbs whose subject takes the criticism or the praise ("Labour has attracted media criticism",
# "won praise from Mr Blair").
_WIN = _verb("earn", "garner") | _forms("win wins won winning")
_RECEIVE = _verb("attract", "face", "draw", "receive", "incur", "encounter") | _forms("drew drawn") | _WIN
# What is done to someone, which a criticism it causes is not of: "his arrest sparked an outcry".
_SUFFERED = _forms(
    "arrest arrests detention death deaths killing killings murder jailing imprisonment sacking dismissal",
    "treatment execution abduction kidnapping deportation expulsion conviction injury injuries",
)
# Verbs whose subject caused the criticism, and so is what it is of: "his comments prompted
# criticism" (a statement's owner, through `_whom`), "the move sparked condemnation".
_CAUSE = _verb("prompt", "spark", "provoke", "trigger", "cause")
# Verbs whose subject answers the criticism, and so was its target: "Mr Clarke dismissed the latest
# Tory attack", "rejected the criticism" (an accusation denied need not be the denier's: "that charge
# was denied by Mr Mandelson", of Mr Campbell).
_REBUT = _verb("dismiss", "reject") | _forms("rebut rebuts rebutted rebutting shrug shrugs shrugged shrugging")
# Verbs whose subject answers a criminal charge or an allegation, and so is whom it accuses: "Mr
# Ebbers has denied charges of fraud", "the firm denies the allegations" (the accuser is seldom named);
# one settles charges brought against oneself ("agreed to pay $850m to settle charges").
_DENY = _forms("deny denies denied denying")
_SETTLE = _forms("settle settles settled settling")
# Verbs whose subject makes charges formal against whom: "the SEC filed fraud charges against X",
# "prosecutors brought criminal charges against the sprinters".
_BRING = _verb("file", "press", "lay") | _forms(
    "bring brings brought bringing level levels levelled leveled levelling leveling"
)
_PAY = _forms("pay pays paid paying")
# What someone thinks or said, beside `_STATEMENT_NOUNS`: "backed that view".
_VIEW_NOUNS = _forms("view views argument arguments assertion assertions suggestion suggestions idea ideas")
# People nouns that say who supports or who criticises, as what someone is: "a leading advocate of
# Turkish membership", "is a vocal critic of the war".
_SUPPORTER_NOUNS = _forms("advocate advocates supporter supporters backer backers proponent proponents")
_CRITIC_NOUNS = _forms("critic critics")
# Adjectives of criticism, with the preposition that names whom: "critical of", "scathing about".
_CRITICAL = {"critical": ("of",), "dismissive": ("of",), "scathing": ("of", "about")}
# "Threw her weight behind the bid": support.
_THROW = _forms("throw throws threw thrown throwing")
# "Rallied behind the minister", "rallies round its leader": support given in a body.
_RALLY = _forms("rally rallies rallied rallying")
# "Stood by manager Terry Doyle", "stands by Mr Metcalfe": loyalty kept to someone is backing (keeping to
# one's own words or decision is not: "stands by its claims" is its own).
_STAND = _forms("stand stands stood standing")
# Objects of "stood by" that are whom, not where: names, and the pronouns of people.
_WHOM_PRONOUNS = _forms("him her them me us")
# Where one stood beside someone: "stood by John Hale at the podium".
_BESIDE = _forms("at on near beside outside inside")
# Verbs one comes out or speaks "in favour of" someone with (not "voted in favour of": a ballot).
_FAVOUR_GIVERS = _CAME | _verb("speak", "declare") | _forms("spoke spoken")
_FAVOUR = _forms("favour favor")
# Verbs that state trust in someone: "expressed confidence in", "reaffirmed its confidence in".
_STATED = _verb("express", "reiterate", "reaffirm", "voice", "restate", "declare", "affirm")


@dataclass(frozen=True)
class Event:
    paragraph_no: int
    event_type: str
    cameo_code: str
    actor_a: str | None  # entity ids
    actor_b: str | None
    place: str | None
    event_date: dt.date | None
    sentence: str
    trigger: str
    detail: str | None = None  # what was signed ("a memorandum of understanding"), what was criticised
    # A host told by office alone ("was received by the Indonesian president"), whom side A reads as
    # the country: a person all the same, whose reception is a meeting (`extraction.receptions_met`).
    host_by_office: bool = False
    # A guest told by office alone ("received the Polish prime minister", "the Spanish leader was
    # received by …"), read as the country, as such a host is.
    guest_by_office: bool = False
    # A visit of a delegation told by the noun alone ("the visit to Cuba of a delegation of the
    # MPLA"), which the article may tell again as its leader's (`extraction.visits_for_hostings`).
    by_a_delegation: bool = False
    # A guest posted in the host's country ("received the Cuban ambassador"): a meeting, not a visit.
    posted_guest: bool = False


def meet_events(meetings: Sequence[Meeting]) -> list[Event]:
    """Meetings as MEET events (CAMEO 040)."""
    return [
        Event(m.paragraph_no, MEET, "040", m.actor_a, m.actor_b, m.place, m.meeting_date, m.sentence.strip(), "meet")
        for m in meetings
    ]


def _partner_entities(head, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Who a "with" phrase names: the entity of its head word; a name the model missed ("China's
    iFlutek") is an unknown side, not its possessor; a common noun is read through its words
    ("the Chinese side" → China)."""
    covering = _entities_in([head], paragraph.entities)
    if covering:
        return covering
    if named := described_person(head, paragraph):
        return named  # "with the Mayor of Hermosillo, Sonora, Ernesto Durán": the mayor
    if head.pos_ == "PROPN":
        return []
    found = _entities_in(_pruned_subtree(head), paragraph.entities)
    # (a demonym before the noun says where the one named is from: "with the Canadian manufacturer
    # Laurentia Aerospace" is a deal with the firm, not with Canada)
    demonyms = _entities_in([c for c in head.children if c.dep_ in ("amod", "compound")], found)
    named = [e for e in found if e.type in ("ORG", "PERSON") and e not in demonyms]
    if named and all(e.type == "COUNTRY" for e in demonyms) and demonyms:
        return [e for e in found if e not in demonyms]
    return found


def _partners_of_the_agreement(agreement) -> list:
    """The "with" or "between" phrase of an agreement's noun, or of a noun inside its name, where
    the parser may hang it ("an agreement on cooperation between X and Y")."""
    return [o for n in [agreement, *_nouns_in_the_name(agreement)] for o in _objects(n, ("with", "between"))]


def _nouns_in_the_name(agreement) -> list:
    """The nouns of an agreement's "of" or "on" phrase: "a memorandum of understanding", "an
    agreement on cooperation"."""
    return [g for c in agreement.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]  # fmt: skip


def _partner_list(head, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Who a "with" phrase names, with every member of its list of the first one's kind ("a deal
    with Norcom Capital, Vantel and Harlow Securities"; not a firm's chief after it, whom
    `_best_sides` would keep in place of the firms); "with whom" is the noun its clause tells of."""
    head = relative_noun(head)  # "his counterpart, Ana Fuentes, with whom he signed …"
    first = _partner_entities(head, paragraph)
    if not first:
        return first
    more = [e for c in conjuncts(head)[1:] for e in _partner_entities(c, paragraph) if e.type == first[0].type]
    return first + more


def _owners(noun) -> list:
    """Who a noun belongs to: its possessor ("China's support", "his visit"), its "by" phrase, or
    the "by" phrase of a participle that says who made it ("charges, raised by Eliot Spitzer",
    "the support offered by Japan"; not "the deal approved by regulators")."""
    owners = [_whose_noun(c) for c in noun.children if c.dep_ == "poss"]
    makers = [m] if (m := maker(noun)) is not None else []
    return owners + [g for n in [noun, *makers] for c in n.children if c.dep_ in ("prep", "agent")
                     and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _whose_noun(owner):
    """ "Ana Kell, whose visit to Delhi was the first …": "whose" is the noun its relative clause
    hangs on; any other owner is itself."""
    if owner.lower_ != "whose":
        return owner
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None else owner


def _paid(verb) -> list:
    """Whom a verb of paying paid: "paid the SEC $10m", "to pay $10m to the SEC"."""
    datives = [c for c in verb.children if c.dep_ == "dative"]
    return [c for c in datives if c.pos_ != "ADP"] + [g for c in datives if c.pos_ == "ADP" for g in c.children
                                                      if g.dep_ == "pobj"]  # fmt: skip


# The prepositions that give an event noun's side B, by CAMEO code: "support for / to / with",
# "gratitude to", "criticism of / against / on", "accusations against".
_NOUN_OBJECT_PREPS = {
    "053": ("for", "to", "towards", "toward", "with", "of"),
    "051": ("for", "to"),
    "111": ("of", "against", "towards", "toward", "on", "at", "over"),
    "112": ("against",),
}


# Verbs that give only some event nouns: a shot is taken, blame is laid, support is thrown.
_GIVERS_OF = {
    **{shot: _TAKE for shot in _SHOTS},
    "blame": _LAY_BLAME,
    "support": _THROW,  # "threw her support behind X"
    "backing": _THROW,
}


def _noun_sides(token, code: str, paragraph: ParagraphIn):
    """(side A's token, side B's phrases) of an event noun: its owner ("its support", "China's
    support") or its "by" phrase, else the subject of the verb that gives it ("expressed support",
    "offered its thanks"); side B from the noun's "for" / "to" / "of" / "against" phrases, or the
    giving verb's "to" ("expressed gratitude to China")."""
    owners = _owners(token)
    # "the latest Tory attack", "Chinese support for Russia": a name or demonym before the noun.
    owners += [c for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")
               and _entities_in([c], paragraph.entities)]  # fmt: skip
    givers = _SUPPORT_NOUN_VERBS | (_BRING if code == "112" else set()) | _GIVERS_OF.get(token.lower_, set())
    giver = token.head if token.dep_ in ("dobj", "conj") and token.head.lower_ in givers else None
    if token.dep_ == "nsubjpass" and token.head.lower_ in _SUPPORT_NOUN_VERBS and code != "112":
        giver = token.head  # "tributes were paid to X by Y": the passive's agent gave them
    if token.dep_ == "pobj" and token.head.lower_ == "in" and code == "053" and token.head.head.pos_ == "VERB":
        giver = token.head.head  # "came out in support of X", "spoke in support of X"
    brought = code == "112" and token.dep_ == "nsubjpass" and token.head.lower_ in _BRING
    if brought:
        giver = token.head  # "charges against X were filed by the SEC": the agent brought them
    if token.dep_ == "conj" and token.head.dep_ == "dobj" and token.head.head.lower_ in _SUPPORT_NOUN_VERBS:
        giver = token.head.head
    if (brought or (giver is not None and token.dep_ == "nsubjpass")) and not owners:
        # only its own "by" phrase: "Tom Hale said charges were brought against Norvik" names no accuser
        subject = next(iter(agents_of(giver)), None)
    elif not owners and token.dep_ == "nsubj" and token.head.lower_ in _CAME and code in ("051", "053", "111"):
        # "support for X came from Y", "criticism of X came from Y" (not "from all sides": no one named)
        subject = next((h for h in _prep_objects(token.head, ("from",))
                        if (h.pos_ == "PROPN" or _entities_in([h], paragraph.entities))), None)  # fmt: skip
    else:
        subject = owners[0] if owners else _subject(giver) if giver is not None else None
    if giver is not None and subject is not None and subject.lower_ in _POSSESSIVE_PRONOUNS:
        # "Cantona and Ferguson have lent their backing to …": a pronoun owning what its verb gives
        # is the giver, whose phrase (with its conjuncts) names who they are; only the verb's own
        # subject ("told Tom Hale to give his backing": Tom Hale, not who told him)
        own = next((c for c in giver.children if c.dep_ == "nsubj"), None)
        # (or the one it shares with the verb it is joined to: "the leaders condemned X and expressed
        # their support for Y", not a country named between)
        shared = _subject(giver) if own is None and giver.dep_ == "conj" else None
        subject = own or shared or subject
    if token.dep_ == "attr" and subject is None:  # "Blair has been an advocate of …"
        subject = _subject(token.head)
    if (full := _full_of(token)) is not None and negated(full):
        return None, [], False  # "was hardly full of praise for …"
    if subject is None and full is not None:  # "Swank was full of praise for …"
        subject = _subject(full.head)
    # "media criticism"; an outcry or outrage is the public's
    unnamed_a = not owners and (
        token.lower_ in _PUBLIC_REACTIONS or any(c.lower_ in _GENERIC_PEOPLE for c in token.children)
    )
    preps = _NOUN_OBJECT_PREPS[code]
    place = _in_place_of(token)  # "faced a barrage of criticism": the count stands where the noun would
    received = place.dep_ == "dobj" and place.head.lower_ in _RECEIVE | _CAUSE
    # "has the backing of Chile", "enjoys the support of": support one holds was given by another
    received |= place.dep_ == "dobj" and place.head.lower_ in _HOLD_SUPPORT and code == "053" and not owners
    # "denied the allegations": of the one who denies them, unless they say whom ("against his client")
    # "rejected Ben Dorr's accusations", "dismissed allegations by Norvik": made by whom they name, of
    # the one who rejects them
    received |= (place.dep_ == "dobj" and place.head.lower_ in _REBUT and code == "112"
                 and bool(owners or _objects(token, ("by", "from"))))  # fmt: skip
    received |= (place.dep_ == "dobj" and place.head.lower_ in _DENY | _SETTLE and code == "112"
                 and not _objects(token, ("against",)) and not _on_behalf(place.head))  # fmt: skip
    # "Mr Clarke dismissed the latest attack": criticism rebutted with no "of", or of one's own doing
    # ("dismissed criticism of his decision"), is of the one who rebuts it
    received |= (place.dep_ == "dobj" and place.head.lower_ in _REBUT and code == "111"
                 and all(_ones_own(h) for h in _objects(token, preps)))  # fmt: skip
    received |= place.dep_ == "pobj" and place.head.lower_ == "under"  # "came under criticism"
    received |= place.dep_ == "pobj" and place.head.lower_ == "for" and _came_in(place.head.head)  # "came in for"
    # "resigned following criticism over his dual role": criticism the clause's subject answers to
    received |= place.dep_ == "pobj" and place.head.lower_ in _AFTER and code == "111"
    nouns = [token] + [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if token.lower_ in ("vote", "confidence"):
        heads = _confidence_in(token)  # "a vote of confidence in X": its "in" phrase, not "of confidence"
    else:
        heads = [h for n in nouns for h in _prep_objects(n, preps)]
    if not heads and code == "053" and place.dep_ == "pobj" and place.head.lower_ == "of":
        # "assured him of France's lasting support": whom the support was assured, by the one who
        # assured it (the president for his country, as he speaks for it)
        assured = place.head.head
        heads = [c for c in assured.children if c.dep_ == "dobj"] if assured.lower_ in _ASSURE else []
        subject = (_subject(assured) or subject) if heads else subject
    if code in ("051", "053"):
        # "the support of the EU for Ukraine": the parser may hang the "for" phrase on the giver, or
        # on the last of its conjuncts' words ("the support of the CPV, the State and the people of
        # Vietnam for Cuba")
        heads += [g for h in heads if h.head.lower_ == "of" for g in h.subtree
                  if g.dep_ == "pobj" and g.head.lower_ in ("for", "to") and g.head.head.i != token.i
                  and g.pos_ == "PROPN" and _entities_in([g], paragraph.entities)
                  and not _inside_a_clause(g, h)]  # fmt: skip
    if code in ("051", "053") and any(h.head.lower_ in ("for", "to") for h in heads):
        # "expressed the firm support of the Vietnamese Party, State and people for Cuba": with
        # whom it is for named, the "of" phrase names who gives it
        heads = [h for h in heads if h.head.lower_ != "of"]
    # "its solidarity with the PSUV and with the government of …": the second phrase is a conjunct,
    # which the parser hangs on the first phrase, on a word inside it, or on the verb.
    subtree = {t.i for t in token.subtree}
    heads += [g for t in token.sent if t.dep_ == "conj" and t.pos_ == "ADP" and t.lower_ in preps
              and (t.head.i in subtree or t.head.i == token.head.i or t.head.head.i == token.head.i)
              for g in t.children if g.dep_ == "pobj"]  # fmt: skip
    # "criticism directed at the defender", "much criticism has been aimed at Cygan": whom it was
    # aimed at (not "was not directed at him"), by whom its "by" phrase names
    aimed = [v for n in nouns for v in n.children if v.dep_ == "acl" and v.lower_ in _AIMED]
    aimed += [token.head] if token.dep_ == "nsubjpass" and token.head.lower_ in _AIMED else []
    aimed = [v for v in aimed if not negated(v)]
    heads += [g for v in aimed for p in v.children if p.dep_ == "prep" and p.lower_ in ("at", "against")
              for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    if subject is None and aimed:
        subject = next((g for v in aimed for g in agents_of(v)), None)
    if giver is not None:  # "expressed gratitude to China", "heaped praise on him", "sent him her thanks"
        # (not when: "reaffirmed its solidarity with Cuba on Wednesday")
        heads += [h for h in _prep_objects(giver, ("to", "on", "at", "behind")) if h.lower_ not in _CALENDAR]
        if code in ("051", "053") and not heads:
            # "voiced appreciation for China's role", "expressed its solidarity with the Bolivian
            # Confederation of Urban Teachers": the parser hangs the noun's "for" (solidarity's
            # "with") on the verb (right after the noun: not "for the second time")
            hung = ("for", "with") if token.lower_ == "solidarity" else ("for",)
            heads += [g for p in giver.children if p.dep_ == "prep" and p.lower_ in hung
                      and p.i == token.right_edge.i + 1 for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        # "tributes were paid to him" (the parser's dative)
        heads += [g for c in giver.children if c.dep_ == "dative" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        if giver.lower_ in _BRING:
            heads += [h for h in _charged_against(token) if h not in heads]
        heads += [c for c in giver.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if token.lower_ == "blame" and giver is not None:
        # "put the blame on him", "laid the blame for the crisis on him": the parser hangs "on" on
        # the noun or on a word of its "for" phrase as often as on the verb
        heads += [g for t in giver.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i > token.i
                  and t.head.i != giver.i for g in t.children if g.dep_ == "pobj"]  # fmt: skip
    if code == "112" and token.lower_ in _CHARGE_NOUNS:  # "charges brought by the SEC against X"
        heads += [h for h in _charged_against(token) if h not in heads]
    said_of = _content_subject(token) if code == "112" else None
    if said_of is not None and not heads:
        # "amid allegations that the firm misled investors": whom the allegation tells of, by
        # someone unnamed unless the noun has an owner or a giver ("Moss made allegations that")
        heads = [said_of]
        unnamed_a |= subject is None
    if token.lower_ in _CHARGE_NOUNS and (held := _held_by_charges(token)):
        # whom the charges are against is who was held on them, defended against them or tried on
        # them; who brought them is seldom named ("on charges brought by Greek prosecutors" names them)
        bringers = [g for v in token.children if v.dep_ == "acl" and v.lower_ in _BRING for g in agents_of(v)]
        return next(iter(bringers), None), [relative_noun(h) for h in held], True
    if received:  # who faced the criticism is side B; who made it ("from Howard"), side A when named
        verb = place.head if place.dep_ == "dobj" else place.head.head
        subject = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None and (verb.dep_ == "pcomp" or place.head.lower_ in _AFTER):
            # "Milburn denied … after facing criticism", "McLetchie has resigned from his post as a
            # partner following criticism": the subject of the clause it hangs on
            subject = next((s for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and (s := _subject(a))), None)
        # "Labour's election chief Alan Milburn": the person the phrase names, not whose chief he is
        role = subject is not None and is_role_word(subject)
        named = [t for t in (subject.subtree if role else ()) if t.dep_ in ("appos", "compound")
                 and _entities_in([t], [e for e in paragraph.entities if e.type == "PERSON"])]  # fmt: skip
        heads = named[:1] or [t for t in [subject] if t is not None]
        if verb.lower_ in _CAUSE and heads and heads[0].lower_ in _SUFFERED:
            heads = []  # "his arrest sparked an outcry": of whoever arrested him, not of him
        if verb.lower_ in _WIN and to_infinitive(verb):
            return None, [], False  # "campaigned to win the support of …": a goal, not support won
        # "won the backing of Baltica": support received names its giver with "of" too.
        froms = ("from", "by", "of") if code in ("051", "053") else ("from", "by")
        givers = owners + [h for n in (token, verb) for h in _prep_objects(n, froms)]
        if verb.lower_ in _SETTLE:  # "settled the charges with the SEC" (not "together with", "with help")
            givers += [h for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       and not any(m.dep_ == "advmod" for m in c.children)
                       for h in c.children if h.dep_ == "pobj" and h.pos_ == "PROPN"]  # fmt: skip
        if verb.lower_ in _SETTLE and verb.dep_ == "advcl" and verb.head.lower_ in _PAY:
            givers += _paid(verb.head)  # "paid the SEC $250m to settle charges": whom it was paid
        return (givers[0] if givers else None), heads, True
    # "the criticism of Cygan is unfair", "much criticism has been aimed at Cygan": criticism told
    # as what a clause is about, with whom it is of, by no one named (not "Moss led the criticism of
    # Hale", whose verb's subject may be the critic)
    about = token if token.dep_ != "pobj" else token.head.head  # "much of the criticism"
    unnamed_a |= subject is None and code == "111" and bool(heads) and about.dep_ in ("nsubj", "nsubjpass")
    unnamed_a |= brought and subject is None  # "fraud charges were filed against Norvik"
    return subject, heads, unnamed_a or (subject is not None and subject.lower_ in _GENERIC_PEOPLE)


def _an_owner(token) -> bool:
    """A possessor that tells whose a thing is ("her father's actions", "the government's failure"),
    not when it was ("yesterday's decision", "last week's") nor people only by kind ("the unions'
    demands", "her critics' claims")."""
    if token.dep_ != "poss" or token.lower_ in _SPANS_OF_TIME | _DAY_WORDS:
        return False
    return token.lower_ not in _GENERIC_PEOPLE | _UNNAMED_GROUPS


_DAY_WORDS = _forms("yesterday today tomorrow tonight")


# Prepositions after which a criticism is one the clause's subject met: "following criticism", "amid criticism".
_AFTER = _forms("following after amid despite")


def _content_subject(noun):
    """The subject of what an accusation says ("allegations that Tom Hale took bribes": Tom Hale),
    else None; not a relative clause ("allegations that were made")."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "ccomp", "relcl") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _full_of(noun):
    """The adjective of "was full of praise for …", "is full of criticism of …", else None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "full" and prep.head.dep_ == "acomp":
        return prep.head
    return None


def _ones_own(noun) -> bool:
    """ "his decision", "their plans": what the one who speaks did or said, by a possessive pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in noun.children)


def _phrase_text(token) -> str:
    """The phrase as written, without the relative clause or description pruned from it, nor the
    commas that set it off ("Robinson, who was given the role, …" → "Robinson")."""
    deed = deed_hung_on_the_accused(token)
    tokens = [t for t in sorted(_pruned_subtree(token), key=lambda t: t.i) if not t.is_space and t.i not in deed]
    kept = [t for n, t in enumerate(tokens)
            if not (t.text in _SEPARATORS and (n + 1 == len(tokens) or tokens[n + 1].is_punct))]  # fmt: skip
    while kept and kept[0].text in _SEPARATORS:
        kept = kept[1:]
    return " ".join(t.text for t in kept)[:200]


def _landed(verb) -> bool:
    """ "Landed", "touched down": an arrival by air."""
    return verb.lower_ in _LAND or (verb.lower_ in _TOUCH and any(c.dep_ == "prt" and c.lower_ == "down"
                                                                    for c in verb.children))  # fmt: skip


def _stopped_in_a_place(verb, paragraph: ParagraphIn) -> bool:
    """ "Stopped in Accra", "stopped off in Dubai": a stop in a place the article names, made off or
    over on the way, or by someone its subject's phrase gives an office ("French President X stopped
    in Accra"; not "Radcliffe stopped in Athens after 36 kilometres", "Raikkonen stopped in Monaco
    with engine failure")."""
    if verb.lower_ not in _STOP or _objects(verb, ()):
        return False
    if not any(e.type in ("PLACE", "COUNTRY") for e in _entities_in(_prep_objects(verb, ("in",)), paragraph.entities)):
        return False
    on_the_way = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "over") for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    by_office = any(t.lower_ in PERSON_NOUNS for s in subjects for t in s.subtree)
    return on_the_way or by_office


def _signed_with_a_signature(verb) -> list:
    """What "put their signatures to …" signed (the object of its "to" or "on"), else nothing."""
    signatures = [o for o in _objects(verb, ()) if o.lower_ in _SIGNATURES]
    if not signatures:
        return []
    holders = [verb, *signatures]  # the parser hangs "to …" on the verb or on "signatures"
    signed = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for g in c.children if g.dep_ == "pobj" and g.lower_ in _AGREEMENT_NOUNS | _INSTRUMENTS]  # fmt: skip
    return signed[:1]


def _classify(token, paragraph: ParagraphIn) -> tuple[str, str] | None:
    """(event type, CAMEO code) of a trigger token, or None."""
    lower = token.lower_
    verb = token.pos_ in ("VERB", "AUX")
    if lower in _VISIT_VERBS and verb:
        return VISIT, "042"
    if token.pos_ == "NOUN" and _guests_of_host_noun(token):
        return VISIT, "043"  # "received a visit from X", "hosted a banquet for X": the host, the guest
    if lower in _VISIT_NOUNS and token.pos_ == "NOUN":
        return VISIT, "042"
    if lower in _ARRIVE and verb:
        return VISIT, "042"
    if lower in _HEAD_TO and verb and not _objects(token, ()) and _objects(token, ("to", "into")):
        return VISIT, "042"
    if lower in _HEAD_TO and verb and not _objects(token, ()) and _an_arrival_told_without_a_place(token):
        return VISIT, "042"  # "flew in from Kyiv on Monday": to where the story is filed
    if _landed(token) and verb and not _objects(token, ()) and _objects(token, ("in",)):
        return VISIT, "042"  # "landed in Lima", "touched down in Lima"
    if verb and _stopped_in_a_place(token, paragraph):
        return VISIT, "042"
    if lower in _SPEND and verb and any(o.lower_ in _TIME_NOUNS for o in _objects(token, ())):
        return VISIT, "042"
    if lower in _LEAD_VERBS and verb and _delegation_led(token):
        return VISIT, "042"  # "led a delegation to Chile": its leader visits
    if lower in _TAKE and verb and _taken_on_a_trip(token):
        return VISIT, "042"  # "the tour took her to Angola": she visited it
    if lower in _HOST and verb:
        return VISIT, "043"
    if verb and _greeted_on_arrival(token):
        return VISIT, "043"  # "It was greeted at the airport by X": a guest's reception on arrival
    if verb and _greeting(token) and _welcomed_to_a_place(token, paragraph):
        return VISIT, "043"  # "welcomed Colombia's President, X, to the White House": a reception
    if verb and lower.startswith("welcom") and _a_foreign_delegation_welcomed(token, paragraph):
        return VISIT, "043"  # "welcomed the Vietnamese delegation led by X": a reception, not praise
    if lower in _SIGN and (verb or lower == "signing"):
        return SIGN, "057"
    if lower in _PUT_A_SIGNATURE and verb and _signed_with_a_signature(token):
        return SIGN, "057"
    agreements = _objects(token, ()) + _agreement_of(token) if lower in _CONCLUDE and verb else []
    if any(t.lower_ in _AGREEMENT_NOUNS for t in agreements):
        return SIGN, "057"
    if lower in _AGREE and verb and _agreed_purchase(token, paragraph):
        return SIGN, "057"
    if lower in _ACCEPT and verb and _bidder(token, paragraph):
        return SIGN, "057"  # "accepted a $6.75bn buyout from Verizon": the deal the bid makes
    if lower in _BUY_SELL and verb and _deal_of(token) is not None and _firm_traded(token, paragraph):
        return SIGN, "057"
    if lower in _ANNOUNCE_DEAL and verb and any(t.lower_ in _AGREEMENT_NOUNS and _objects(t, ("with", "between"))
                                                for t in _objects(token, ())):  # fmt: skip
        return SIGN, "057"  # only with its partner named: "announced a deal" alone may be a plan
    if lower in _AGREEMENT_NOUNS and token.pos_ == "NOUN" and _owned_deal(token):
        return SIGN, "057"  # "its deal with US telco SBC was the largest": a deal made, by its owner
    if lower in _PRAISE and verb and not _greeting(token) and not _greeted_on_arrival(token):
        return SUPPORT, "051"
    if lower in _IDIOM_VERBS and verb and any(c.lower_ == "highly" for c in token.children):
        return SUPPORT, "051"
    if lower in _APPRECIATE and verb and any(c.lower_ in _HIGHLY for c in token.children):
        return SUPPORT, "051"  # "highly appreciated Astana's balanced position": diplomatic praise
    if lower in _APPRECIATE and verb and _someones_good_deed_appreciated(token):
        return SUPPORT, "051"  # "Indonesia appreciates China's support": thanks (not "appreciates the risks")
    if lower in _SUPPORT and verb:
        return SUPPORT, "053"
    if lower in _THROW and verb and _weight_behind(token):
        return SUPPORT, "053"
    if lower in _RALLY and verb and _rallied_behind(token):
        return SUPPORT, "053"
    if lower in _STAND and verb and _stood_by(token, paragraph):
        return SUPPORT, "053"
    if lower in _IDIOM_VERBS and verb and _spoke_up_for(token):
        return SUPPORT, "053"
    if lower in _CRITICIZE and verb:
        return CRITICIZE, "111"
    if lower in _TAKE and verb and _taken_to_task(token):
        return CRITICIZE, "111"  # "took the regulator to task for …"
    if lower in _ACCUSE and verb:
        return CRITICIZE, "112"
    if (
        lower in _CHARGE_VERBS
        and verb
        and (_charged_with_a_crime(token) or _charged_by_someone(token, paragraph) or _charged_over(token, paragraph))
    ):
        return CRITICIZE, "112"
    if lower in _INDICT and verb:
        return CRITICIZE, "112"  # "was indicted by a grand jury": a formal accusation, whatever of
    if verb and _phrasal_preposition(token):
        return CRITICIZE, "111"
    if lower in _SAVAGE and verb and _verbal_attack(token, paragraph):
        return CRITICIZE, "111"
    if lower in _ATTACK and (verb or token.pos_ == "NOUN") and _verbal_attack(token, paragraph):
        return CRITICIZE, "111"
    if lower in _RAP and verb and _rebuked_for(token, paragraph):
        return CRITICIZE, "111"
    if lower in _BRAND and verb and _called_something(token):
        return CRITICIZE, "111"
    if lower in _DISMISS and verb and _dismissed_as_something(token):
        return CRITICIZE, "111"
    if lower in _CRITICAL and token.pos_ == "ADJ" and _objects(token, _CRITICAL[lower]):
        return CRITICIZE, "111"  # "has been highly critical of the plan"
    if lower == "fire" and token.head.lower_ == "under" and _fire_as_words(token, paragraph):
        return CRITICIZE, "111"
    if _a_noun(token, paragraph) and not any(c.lower_ in _RECIPROCAL for c in token.children):
        return _classify_noun(token)
    return None


# What a real shot is taken with or followed by: "took a swipe at him with a knife", "took aim and fired".
_FIRED = _forms("fire fires fired firing shoot shoots shot shooting miss missed hit hits")


# What one gives another, which appreciating thanks them for.
_GOOD_DEEDS = _forms("support help assistance aid backing contribution contributions efforts effort role solidarity",
                     "cooperation co-operation hospitality commitment")  # fmt: skip


def _someones_good_deed_appreciated(verb) -> bool:
    """ "Appreciates China's support", "appreciated the efforts of the UN": someone's help or role
    appreciated is thanks to them (not "appreciate the risks", nor help no one is said to give)."""
    deeds = [o for o in _objects(verb, ()) if o.dep_ in ("dobj", "obj") and o.lower_ in _GOOD_DEEDS]
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for d in deeds for c in d.children)
    # (or made by whom its clause names: "appreciates the positive role the LSWF has played")
    return owned or any(_doers_of_a_deed(d) for d in deeds)


_PLAYING_A_PART = _verb("play", "make") | _forms("made making")


def _doers_of_a_deed(deed) -> list:
    """The subject of a relative clause that says who played a role or made an effort: "the role
    the LSWF has played", "the contribution that Colombia has made" (not "the role it played")."""
    # (a role played, not one that could be: "the role that Japan could play")
    clauses = [v for v in deed.children if v.dep_ == "relcl" and v.lower_ in _PLAYING_A_PART
               and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)]  # fmt: skip
    return [c for v in clauses for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]


def _shot_for_real(shot) -> bool:
    """ "Took a swipe at him with a knife", "took potshots at his car with an air rifle", "took aim
    at him and fired", "took aim at its customers with a new account": a blow, a shot or a bid,
    not words (a "with" phrase, or a verb of firing joined to the taking)."""
    verb = shot.head
    with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" for n in (verb, shot) for c in n.children)
    return with_phrase or any(c.dep_ == "conj" and c.lower_ in _FIRED for c in verb.children)


def _idiom_verb(noun):
    """The verb of an idiom that gives an event noun, whose negation and tense are the event's
    ("never threw her support behind", "will come out in support of", "support did not come from",
    "tributes will be paid", "took aim at", "put the blame on"); None for any other noun."""
    head = noun.head
    if noun.dep_ == "dobj" and ((noun.lower_ in _GIVERS_OF and head.lower_ in _GIVERS_OF[noun.lower_])
                                or (noun.lower_ in _SUPPORT_NOUNS and head.lower_ in _HOLD_SUPPORT)):  # fmt: skip
        return head
    supported = noun.lower_ in _SUPPORT_NOUNS | _FAVOUR
    if noun.dep_ == "pobj" and head.lower_ == "in" and supported and head.head.pos_ == "VERB":
        return head.head
    if noun.dep_ == "nsubj" and head.lower_ in _CAME:
        return head
    if noun.dep_ == "nsubjpass" and head.lower_ in _SUPPORT_NOUN_VERBS:
        return head
    return None


def _a_noun(token, paragraph: ParagraphIn) -> bool:
    """A noun, or a sentence's first word the parser took for a name ("Tributes were paid to …")."""
    first_word = token.pos_ == "PROPN" and token.is_sent_start and not _entities_in([token], paragraph.entities)
    return token.pos_ == "NOUN" or first_word


def _came_in(verb) -> bool:
    """ "Came in for criticism", "comes in for praise": the subject takes it."""
    return verb.lower_ in _CAME and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)


# What holds a count of things signed: "a string of agreements", "a package of accords".
_COUNT_NOUNS = _AMOUNT_NOUNS | _forms("set sets package packages pair bundle batch clutch slate")


def _counted(noun):
    """The things a count holds, which were what was signed ("signed a string of agreements", "a
    package of accords was signed"), else the noun itself."""
    if noun.lower_ not in _COUNT_NOUNS:
        return noun
    inside = _of_objects(noun)
    # (the parser may read the noun's modifiers as a list: "a package of [energy] and [agricultural
    # agreements]", the agreements a conjunct)
    listed = [c for h in inside for c in conjuncts(h)]
    return next((c for c in listed if c.lower_ in _AGREEMENT_NOUNS), inside[0] if inside else noun)


def _in_place_of(noun):
    """The count a noun is told in, which stands where the noun would ("faced a barrage of
    criticism", "denied a string of fraud charges"), else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _AMOUNT_NOUNS:
        return noun.head.head
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj" and noun.head.pos_ == "NOUN":
        return noun.head  # "faces steroid distribution and money laundering charges": the parser's conjunct
    return noun


def _held_by_charges(charges) -> list:
    """Whom charges hold: "arrested X on fraud charges", "defending X against a battery of charges",
    "X was convicted of all charges" (the verb's object or passive subject); "X is in jail on charges
    of fraud", "X faced trial on criminal charges" (the subject of the clause that puts X in custody
    or on trial), "took X into custody on charges" (its object), "the trial of X on charges" (whose
    trial it is). Nobody when the clause is negated ("was never in jail on charges")."""
    node = _in_place_of(charges)  # "a battery of charges"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("on", "against", "of"):
        return []
    if prep.head.lower_ in _HELD_ON:
        return [c for c in prep.head.children if c.dep_ in ("nsubjpass", "dobj")]
    custody = prep.head if prep.head.lower_ in _CUSTODY else None
    if custody is None and prep.head.pos_ in ("VERB", "AUX"):  # the parser may hang "on …" on the verb
        custody = next((h for h in _objects(prep.head, ("in", "on", "into", "at")) if h.lower_ in _CUSTODY), None)
    if custody is None:
        return []
    whose = [c for c in custody.children if c.dep_ == "poss"] + _objects(custody, ("of",))
    if whose:  # "testified at the trial of Jack Moss", "won custody of his children"
        return [h for h in whose if h.dep_ != "dobj"][:1]
    verb = custody.head.head if custody.dep_ == "pobj" else custody.head
    if verb.pos_ not in ("VERB", "AUX") or negated(verb):
        return []
    held = [c for c in verb.children if c.dep_ == "nsubjpass"]
    held += [c for c in verb.children if c.dep_ == "dobj" and c.i != custody.i and c.lower_ not in _SPANS_OF_TIME]
    return held[:1] or [s for s in [_subject(verb)] if s is not None]


def _charged_with_a_crime(verb) -> bool:
    """ "Charged with fraud", "with tax evasion and bribery", "with the murder of …", "with
    harassing him"; not "with the fight against terrorism" or "with higher fees for drug
    deliveries" (the crime word is deeper), nor "with leading the team"."""
    heads = [c for h in _prep_objects(verb, ("with",)) for c in conjuncts(h)]
    heads += [g for h in heads if h.lower_ in _COUNTS for g in _objects(h, ("of",))]  # "eleven counts of fraud"
    words = heads + [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
               if g.dep_ == "pcomp"]  # fmt: skip
    # (a deed done to someone or something: not "charged with killing off the project", a task)
    acts = [g for g in gerunds if g.tag_ == "VBG" and any(o.dep_ == "dobj" for o in g.children)
            and not any(o.dep_ == "prt" for o in g.children)]  # fmt: skip
    # "charged with failing to control their players": a governing body's charge of a duty not done
    failed = [g for g in gerunds if g.lower_ == "failing" and any(o.dep_ == "xcomp" for o in g.children)]
    return bool(failed) or any(t.lower_ in _CRIME_WORDS | _CRIMINAL_ACTS for t in words + acts)


_COUNTS = _forms("count counts")


def _charged_over(verb, paragraph: ParagraphIn) -> bool:
    """ "UEFA has charged Legia Warsaw over crowd trouble": a body, an authority or a country charges
    someone named "over" something (not "charged customers a fee", "charged over the odds")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or not any(c.lower_ == "over" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not _entities_in(list(objects[0].subtree), paragraph.entities):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    kinds = {e.type for e in _entities_in([subject], paragraph.entities)} if subject is not None else set()
    return subject is not None and (subject.lower_ in _AUTHORITIES or bool(kinds & {"ORG", "COUNTRY"}))


def _charged_by_someone(verb, paragraph: ParagraphIn) -> bool:
    """ "Was charged by the USADA", "have been charged by the Football Association over crowd
    trouble", "charged by police": a passive whose "by" phrase is an authority or a name; not a price
    ("charged £5 by the bank", "charged by Norvik for the use of its network", "per minute", "at the
    full rate"), a task ("charged by Norvik with running the project") or a rush ("charged by fans")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "at", "with") for c in verb.children):
        return False
    if any(t.lower_ == "per" for t in verb.subtree):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "charged £5", "charged a fee"
    return any(g.lower_ in _AUTHORITIES or _entities_in([g], paragraph.entities) for g in agents_of(verb))


def _weight_behind(token) -> list:
    """Whom someone "threw their weight behind"."""
    if not any(o.lower_ == "weight" for o in _objects(token, ())):
        return []
    return _prep_objects(token, ("behind",))


def _listed_in_apposition(subject, paragraph: ParagraphIn) -> list[str]:
    """The people or bodies a noun's apposition lists: "two backbenchers, Gwen Harper and Ian Stott"."""
    if subject.pos_ != "NOUN":
        return []
    listed = [c for a in subject.children if a.dep_ == "appos" for c in conjuncts(a)]
    named = [e for e in _entities_in(listed, paragraph.entities) if e.type in ("PERSON", "ORG", "COUNTRY")]
    return list(dict.fromkeys(e.entity_id for e in named))


def _led_countries(subject, paragraph: ParagraphIn) -> list[str]:
    """The countries "the leaders of Algeria and Libya" lead, when its "of" phrase lists two or more;
    or the leaders themselves where they are named after it ("the presidents of Chile and Peru, Ana
    Soto and Luis Vega, condemned …", which the parser reads as four conjuncts of "Chile")."""
    if subject.lower_ not in ACTING_FOR_THEIR_SIDES:
        return []
    of = _of_objects(subject)
    if not of or len(conjuncts(of[0])) < 2:
        return []
    named = _head_entities(of[0], paragraph)
    people = [e.entity_id for e in named if e.type == "PERSON"]
    return people if len(people) >= 2 else [e.entity_id for e in named if e.type == "COUNTRY"]


def _rallied_behind(token) -> list:
    """Whom someone "rallied behind" or "round"."""
    return _prep_objects(token, ("behind", "around", "round"))


def _stood_by(token, paragraph: ParagraphIn) -> list:
    """Whom someone "stood by": a person or a body named or a person's pronoun (the parser may
    take the "by" for a passive's agent), not a place ("stood by the Thames") nor a thing ("stood
    by the decision")."""
    objects = [g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ in _BESIDE for c in token.children):
        return []  # "stood by John Hale at the podium": beside him
    # (a name or a role itself, not a thing that names someone: "standing by his remarks which
    # likened an Evening Standard journalist to …")
    people = _WHOM_PRONOUNS | ROLE_HEADS | PERSON_DESCRIPTIONS  # "stood by the coach": whoever the role is
    # (and "stands with Cuba": solidarity said now with a country or a body by name; standing with a
    # person is as often beside them, "stood with his wife", and in the past as often a habit)
    now = token.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "advmod" and c.lower_ == "always" for c in token.children)
    sides = [g for g in _prep_objects(token, ("with",)) if now and g.pos_ == "PROPN"
             and any(e.type in ("COUNTRY", "ORG") for e in _entities_in([g], paragraph.entities))]  # fmt: skip
    return [g for g in objects if g.lower_ in people or _a_name_of_someone(g, paragraph)] + sides


def _a_name_of_someone(token, paragraph: ParagraphIn) -> bool:
    """A proper noun of a person's, a body's or a country's name (not a place's)."""
    return token.pos_ == "PROPN" and any(e.type != "PLACE" for e in _entities_in([token], paragraph.entities))


def _spoke_up_for(token) -> list:
    """Whom someone "spoke up for"."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return []
    return _prep_objects(token, ("for",))


def _in_favour_of(noun) -> bool:
    """ "Came out in favour of the coach", "spoke in favour of her": support said, not a vote."""
    if noun.lower_ not in _FAVOUR or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return noun.head.head.lower_ in _FAVOUR_GIVERS and bool(_prep_objects(noun, ("of",)))


def _confidence_in(noun) -> list:
    """Whom trust was stated in: "expressed confidence in Harold Kim", "gave a vote of confidence
    in Alan Pruett" (trust stated in someone is backing; "investor confidence in the market" is a
    mood, with no one stating it)."""
    if noun.lower_ == "vote":
        confidence = [g for g in _prep_objects(noun, ("of",)) if g.lower_ == "confidence" and not _doubted(g)]
        return [h for c in [noun, *confidence] for h in _prep_objects(c, ("in",))] if confidence else []
    if noun.lower_ == "confidence" and noun.dep_ == "dobj" and noun.head.lower_ in _STATED and not _doubted(noun):
        return _prep_objects(noun, ("in",))
    return []


# Words that make confidence its want: "a vote of no confidence in", "expressed little confidence in".
_DOUBT = frozenset("no little less lack waning diminishing declining dwindling lost".split())


def _doubted(confidence) -> bool:
    return any(c.lower_ in _DOUBT for c in confidence.children)


def _fire_as_words(fire, paragraph: ParagraphIn) -> bool:
    """ "Came under fire from Mr Howard" is criticism; "came under fire from gunmen" (or from an
    army, a group) is shooting: only a person named as the one firing makes it words, or a ground
    given for it ("came under fire from Human Rights Watch over the detentions", "for its
    handling of the crisis"; not "over the weekend", "for hours")."""
    if fire.dep_ != "pobj":
        return False
    verb = fire.head.head
    givers = [h for n in (fire, verb) for h in _prep_objects(n, ("from",))]
    # (the parser may hang the ground on the giver: "from Human Rights Watch over the detentions")
    grounds = [h for n in (fire, verb, *givers) for h in _prep_objects(n, ("over", "for"))]
    # (not "for the first time", "for hours": when and how long, not why)
    return any(_a_person(g, paragraph) for g in givers) or any(
        g.lower_ not in _SPANS_OF_TIME | {"time", "times"} and g.ent_type_ not in ("DATE", "TIME") for g in grounds
    )


def _owners_named(noun, paragraph: ParagraphIn) -> bool:
    """Does the noun name whose it is ("the latest Tory attack", "Labour's attack")?"""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    return bool(_entities_in(owners, paragraph.entities))


# Verbs of a clause that states an office, whose country is the holder's: "who heads the Namibian
# parliament".
# (not "is": "who is on an official visit to Cuba" says where the guest went, not whose they are)
_OFFICE_VERBS = frozenset(
    "heads headed leads led chairs chaired represents represented serves served presides presided directs directed "
    "runs ran".split()
)


def _countries_of_phrase(subject, paragraph: ParagraphIn) -> set[str]:
    """ISO alpha-3 of the countries a visitor's phrase names ("French President Paul Grant", "Peru's
    president, Carlos Pinto", "Ana Ruiz, Mexico's trade minister"): where they come from."""
    if subject is None:
        return set()
    # (nor a clause on a name in apposition: "the President of the Assembly, X, who thanked the
    # Namibian people")
    told_apart = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl") and c.lower_ not in _OFFICE_VERBS
                  for t in c.subtree}  # fmt: skip
    words = [t for t in subject.subtree if t.i not in told_apart]  # not "who flew in from Chile"
    return set(countries_named([(paragraph.text, _entities_in(words, paragraph.entities))]))


def _on_behalf(verb) -> bool:
    """ "His lawyer denied the charges on his behalf", "on behalf of her client": someone else's."""
    return any(t.lower_ == "behalf" for t in verb.subtree)


# A person's title or trade: "Ubuntu's chief executive", "the actress".
_PERSON_WORDS = ROLE_HEADS | PERSON_DESCRIPTIONS


def _a_person(token, paragraph: ParagraphIn) -> bool:
    """Is the phrase a person: "he", "she", a name the model typed as a person, or a person's title
    or trade with or without the name in apposition ("Ubuntu's chief executive, Thandiwe Mokoena,
    flew to Nairobi", "the actress, who arrived in Venice")?"""
    if token is None:
        return False
    token = relative_noun(token)
    named = [token, *(c for c in token.children if c.dep_ == "appos")]
    return (
        token.lower_ in ("he", "she")
        or any(e.type == "PERSON" for e in _entities_in(named, paragraph.entities))
        or (token.lower_ in _PERSON_WORDS and token.tag_ == "NN")
        or token.lower_ in ("delegation", "delegations")  # "whose delegation flew to Russia"
    )


def _dismissed_as_something(token) -> bool:
    """ "Dismissed the Budget as a gimmick", not "dismissed Mourinho as manager" (a post lost)."""
    as_what = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ == "pobj"]  # fmt: skip
    return bool(as_what) and not any(is_role_word(g) for g in as_what)


_ARRIVAL_PLACES = frozenset("airport airports station border terminal airbase hotel palace residence".split())
# What a guest of state is welcomed with: "with military honours", "with a 21-gun salute".
_HONOURS = _forms("honours honors salute salutes ceremony guard carpet fanfare")


def _greeted_on_arrival(verb) -> bool:
    """ "It was greeted at the airport by Ri Chol Ung", "was welcomed at the border by …", "arrived
    in Caracas and was welcomed with military honours by …": a guest received on arrival by whom
    the "by" names (not "welcomed the news at the airport", "the plan was welcomed by MPs")."""
    if verb.lower_ not in ("greeted", "welcomed") or not agents_of(verb):
        return False
    # (a guest: a name, a pronoun or a delegation, not a thing welcomed: "Brown's budget was welcomed
    # with a fanfare by the CBI", "the EU ruling arrived … and was welcomed by Microsoft's rivals")
    if not any(_a_guest(s) for s in _passive_subjects(verb)):
        return False
    at, honours = _prep_objects(verb, ("at",)), _prep_objects(verb, ("with",))
    return (
        any(o.lower_ in _ARRIVAL_PLACES for o in at)
        or any(o.lower_ in _HONOURS for o in honours)
        or _second_half_of_an_arrival(verb)
    )


def _named_as_a_source(entity: EntitySpan, sentence, paragraph: ParagraphIn) -> bool:
    """Is the name, written in the sentence, the subject of a verb of saying, or one of those such a
    verb follows ("…, Pilar Gomez and Henri Blanc said, …")?"""
    if entity.char_end == 0:
        return False  # (a side read from a pronoun or a noun, not written here)
    words = [t for t in sentence if entity.char_start <= t.idx < entity.char_end]
    heads = [t for t in words if t.head not in words or t.head == t]
    if any(t.dep_ == "nsubj" and t.head.lower_ in ("said", "says", "told") for t in heads):
        return True
    after = paragraph.text[entity.char_end : entity.char_end + 80]
    return re.match(r"(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})?,? (?:said|says|told)\b", after) is not None


def _a_guest(word) -> bool:
    """A word that may name a guest: a name, a pronoun, a person's or a delegation's noun (in the
    plural too: "received the foreign ministers of Burkina Faso and Niger, A and B")."""
    lower = word.lower_ if word.tag_ != "NNS" else word.lower_.removesuffix("s")
    return word.pos_ in ("PROPN", "PRON") or lower in _PERSON_WORDS | _DELEGATIONS | _GUESTS | _VISITING_BODIES


# Bodies that travel to be received: "The 13-member evaluation commission was welcomed at a hotel by …".
_VISITING_BODIES = _forms("commission commissions inspectors team teams")


def _second_half_of_an_arrival(verb) -> bool:
    """ "Arrived in Caracas on Thursday and was welcomed by …": a passive verb joined to an arrival,
    whose subject it shares; or told of the place arrived in ("travelled on to Roseau, where she was
    welcomed by …")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.dep_ == "conj":
        return verb.head.lower_ in _ARRIVE
    where = verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)
    place = verb.head
    return where and place.dep_ == "pobj" and place.head.head.lower_ in _ARRIVE | _HEAD_TO


def _greeting(token) -> bool:
    """ "Welcomed the minister to today's meeting": a host's greeting to a place or an occasion,
    not praise."""
    return token.lower_.startswith("welcom") and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)


def _welcomed_to_a_place(verb, paragraph: ParagraphIn) -> bool:
    """A greeting of a foreign guest to a named place: "welcomed Colombia's President, X, to the
    White House", "welcomed Irish Taoiseach Simon Harris to Downing Street" (not "welcomed the
    minister to today's meeting", "welcomed new signing Leo Fanti to Celtic Park", "welcomed new MP
    Ruth Bass to Parliament": no country says the guest came from abroad)."""
    to = _prep_objects(verb, ("to",))
    whom = [o for o in _objects(verb, ()) if o.dep_ in ("dobj", "obj")]
    foreign = [w for w in whom if any(e.type == "COUNTRY" for e in _entities_in(list(w.subtree), paragraph.entities))]
    return any(o.pos_ == "PROPN" for o in to) and any(w.pos_ == "PROPN" or w.lower_ in _PERSON_WORDS | _GUESTS
                                                      for w in foreign)  # fmt: skip


# Buildings a guest is received in.
_RECEIVING_PLACES = _forms("palace palaces residence house hall headquarters capital ministry office")


def _a_foreign_delegation_welcomed(verb, paragraph: ParagraphIn) -> bool:
    """A delegation from abroad that a host welcomed: "welcomed the Vietnamese delegation led by
    Nguyen Phu Trong", "welcomed a delegation from Cuba" (a country in its phrase), not "welcomed the
    delegation's proposals" (a thing of theirs); or a counterpart from abroad welcomed at or in a
    place ("welcomed his Honduran counterpart, X, at the palace")."""
    whom = [o for o in _objects(verb, ()) if o.dep_ in ("dobj", "obj") and o.lower_ in _DELEGATIONS]
    # (a counterpart from abroad welcomed somewhere: "welcomed his Honduran counterpart, X, at the
    # Casa Grande del Pueblo")
    guests = [
        o
        for o in _objects(verb, ())
        if o.dep_ in ("dobj", "obj")
        and (
            o.lower_ in _GUESTS
            or any(c.dep_ == "compound" and c.lower_ in _GUESTS for c in o.children)
            # (or an official by a title: "welcomed Cuban Health Minister X in Roseau")
            or (o.pos_ == "PROPN" and any(c.dep_ == "compound" and is_role_word(c) for c in o.children))
        )
    ]
    # (somewhere: a name or a building, not "in a telephone call", "in a statement"; the parser may
    # hang the place on the guest's name)
    wheres = [g for n in [verb, *guests] for c in n.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if any(g.pos_ == "PROPN" or g.lower_ in _ARRIVAL_PLACES | _RECEIVING_PLACES for g in wheres):
        whom += guests
    return any(e.type == "COUNTRY" for w in whom for e in _entities_in(list(w.subtree), paragraph.entities))


def _taken_to_task(verb) -> bool:
    """ "Took the Civil Aviation Authority to task for …": a rebuke (not "took the case to court")."""
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return any(g.lower_ == "task" for c in to for g in c.children)


def _phrasal_preposition(token) -> str | None:
    """The preposition of a phrasal criticism verb ("hit out at" → "at", "rounded on" → "on", "poured
    scorn on" → "on"), or None."""
    lower = token.lower_
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    particle = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back") for c in token.children)
    if lower in _OUT_AT and particle and "at" in preps:
        return "at"
    if lower in _ROUND_ON and "on" in preps:
        return "on"
    if lower in _POUR and "on" in preps and any(c.dep_ == "dobj" and c.lower_ == "scorn" for c in token.children):
        return "on"  # "poured scorn on the plans" (the parser may take "scorn" for an adverb)
    if lower in _TEAR_INTO and any(h.lower_ in _STATEMENT_NOUNS - _DEEDS for h in _objects(token, ("into",))):
        return "into"  # (not "tore into the work with relish": set about it)
    return None


def _targets(token, preps=()) -> list:
    """What a verb acts on: its objects (and those of `preps`), and its subject when passive, or
    the subject it shares with a verb it is joined to ("X praised the doctors, and was attacked by
    the Daily Sentinel for doing so")."""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    children = {c.dep_ for c in token.children}
    if not subjects and "auxpass" in children and not children & {"nsubj", "expl"} and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return _objects(token, preps) + subjects


def _passive_without_subject(token) -> bool:
    """ "After being accused of …", "having been criticised": a passive with neither its own subject
    nor a "by" phrase."""
    children = {c.dep_ for c in token.children}
    return "auxpass" in children and not children & {"nsubjpass", "nsubj", "agent"}


_DASHES = frozenset("-–—")


def _dash_closing(token, sentence) -> int | None:
    """Where the dash that closes a parenthesis around the token starts ("X - who was supporting
    her husband - Y"), else None."""
    # (a dash with a space on each side: not the hyphen of "San Francisco-based")
    dashes = [t for t in sentence if t.text in _DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_]
    before = [d for d in dashes if d.i < token.i]
    after = [d for d in dashes if d.i > token.i]
    return after[0].idx if before and after and len(before) % 2 == 1 else None


def _passive_by_someone_below(token):
    """ "Is facing a ban after being charged by the USADA": a passive with a "by" phrase and no
    subject of its own, after "after", "following" or "since", is done to the subject of the clause
    it follows (its own, not one a reporting verb above it has: "Tom Hale said the striker was banned
    after being charged by the FA" is the striker's)."""
    children = {c.dep_ for c in token.children}
    if "auxpass" not in children or "agent" not in children or children & {"nsubjpass", "nsubj"}:
        return None
    if token.dep_ != "pcomp" or token.head.lower_ not in ("after", "following", "since"):
        return None
    clause = token.head.head
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _reduced_passive_of(token):
    """The one a participle without "be" tells of ("X, accused of fraud", "standing trial, accused
    of …"): the noun it modifies, else the subject of the clause it hangs on; None for any other
    form ("accused by X of …" tells of whom too: its giver is the agent)."""
    if token.tag_ != "VBN" or token.dep_ not in ("acl", "advcl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children):
        return None
    if main_verb_read_as_a_participle(token):
        return None  # "Kenya's minister, Ruth Achieng, condemned al-Shabab": she did it
    head = token.head
    if token.dep_ == "acl" and head.pos_ in ("PROPN", "NOUN", "PRON"):
        # the parser may hang it on the object of the clause ("standing trial, accused of"): the
        # clause's subject is whom, after a comma; with its accuser named, it is the object
        # ("defended the officer, accused by Hale of lying")
        comma = (
            token.i > 0 and token.doc[token.i - 1].text == "," and not any(c.dep_ == "agent" for c in token.children)
        )
        if comma and head.dep_ in ("dobj", "pobj", "attr") and (clause_subject := _subject(head.head)) is not None:
            return clause_subject
        return head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    # "Four men were held for years, accused of links to …": whom the clause is about, passive or not
    passive = [c for c in head.children if c.dep_ == "nsubjpass"]
    return passive[0] if passive else _subject(head)


# What only an attack in words is: "a scathing attack", "a withering attack on his rival".
_IN_WORDS = _forms("scathing blistering withering stinging vitriolic verbal personal excoriating caustic acerbic")


def _verbal_attack(token, paragraph: ParagraphIn) -> bool:
    """Words attacked ("attacked Labour's pledges", "That has been attacked … as too little"), or a
    person attacked over or for something; a person attacked with no reason given, or with a weapon,
    is an assault."""
    # (with their conjuncts: the parser may take a quoted adjective for the object, "attacked
    # Labour's "unfair" and over-complicated taxes")
    targets = [t for h in _targets(token, ("on",) if token.pos_ == "NOUN" else ()) for t in conjuncts(h)]
    if any(t.lower_ in _STATEMENT_NOUNS or t.lower_ in ("that", "this") for t in targets):
        return True
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _IN_WORDS for c in token.children):
        return True  # "a scathing attack on Ben Dorr", "a blistering personal attack"
    if any(c.dep_ in ("advcl", "xcomp") and c.lower_ in _NAMING for c in token.children):
        return True  # "attacked British imperialists, saying they …", "attacked …, dubbing Mr Brown …"
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.lower_ in _REBUT
        and _owners_named(token, paragraph)
    ):
        return True  # "dismissed the latest Tory attack": an attack one answers, by a named side, is one of words
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lower_ in _UTTERANCES:
        return True  # "a poster attacking Tony Blair", "a speech attacking the rich": words
    reason = {c.lower_ for c in token.children if c.dep_ == "prep"}
    reproach = any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in token.children
    )
    if targets and reproach and not _force_between(token, targets):
        return True  # "attacked the Recording Academy for ignoring British acts": a reproach
    # Anyone attacked over what was said or planned: "attacked airport operator Heathwell Airports over
    # 'outrageous' plans" (not "for the second time")
    if targets and any(g.lower_ in _SAID_OR_PLANNED for g in _prep_objects(token, ("over", "for"))):
        return True
    # Not an organisation: "Taliban fighters attacked Nato for the second time" is force. A person
    # may be told of by an office ("attacked the chancellor over the delay").
    # (or a firm's board: "attacked the board for its response")
    person = any(t.lower_ in _PRONOUNS or t.lower_ in _FIRMS_ORGANS or _a_person(t, paragraph) for t in targets)
    return person and bool(reason & {"over", "for", "as"}) and "with" not in reason


# Who attacks with force: "Israeli jets attacked Hezbollah for firing rockets", "protesters attacked …".
_FORCES = _forms("jets warplanes planes aircraft drones troops forces soldiers fighters militants gunmen rebels "
                 "insurgents army police protesters rioters mob crowd crowds")  # fmt: skip
# What is attacked with force: "attacked the Danish embassy for publishing the cartoons".
_BUILDINGS = _forms("embassy embassies consulate base bases convoy office offices headquarters building")


def _force_between(token, targets) -> bool:
    """An attack "for" something that is force, not words: by armed men, jets or a crowd, or on a
    building ("Israeli jets attacked Hezbollah for firing rockets"; a state or a body that attacks
    another for what it did speaks, as news tells it: "China attacked Japan for glossing over …")."""
    subject = _subject(token)
    return (subject is not None and subject.lower_ in _FORCES) or any(t.lower_ in _BUILDINGS for t in targets)


def _rebuked_for(token, paragraph: ParagraphIn) -> bool:
    """ "Rapped skipper Olof Mellberg for his comments": a named side rebuked, with a reason."""
    targets = _targets(token)
    reason = {c.lower_ for c in token.children if c.dep_ == "prep"} & {"for", "over"}
    named = [e for e in _entities_in(targets, paragraph.entities) if e.type in ("PERSON", "ORG", "COUNTRY")]
    return bool(reason) and (bool(named) or any(t.lower_ in _PRONOUNS for t in targets))


def _called_something(token) -> bool:
    """ "Branded X a joke", "branded X unacceptable", "labelled X as …", "X was branded '…'": the
    verb with what the object is called (the parser's oprd, a clause, an "as" phrase, a quotation)."""
    called = any(c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "acomp") for c in token.children)
    called |= any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    called |= sum(c.dep_ in ("dobj", "obj") for c in token.children) >= 2  # "which he labelled a shambles"
    # ("branded Livingstone a disgrace": the parser may make the label an adverb's noun after the object)
    objects = [c.i for c in token.children if c.dep_ in ("dobj", "obj")]
    called |= any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" and objects and c.i > max(objects) for c in token.children)
    has_object = bool(_branded(token)) or token.dep_ in ("relcl", "acl")
    quoted = any(t.text in ('"', "“", "”") for t in token.doc[token.i + 1 : token.i + 8])
    return has_object and (called or quoted)


def _branded(token) -> list:
    """What a branding verb calls something: its object or passive subject, or the subject of the
    small clause the parser makes of "branded [Labour's plan unworkable]"."""
    small_clause = [g for c in token.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    return _targets(token) + small_clause


def _not_the_label(token, heads) -> list:
    """ "Branding the official No Campaign 'two-bit Tories'": the parser may make the quoted label
    the object; what was branded is the words before the quotation mark."""
    mark = next((t.i for t in token.doc[token.i + 1 : token.i + 12] if t.text in ('"', "“", "”")), None)
    if mark is None:
        return heads
    kept = []
    for head in heads:
        if head.i < mark:
            kept.append(head)
        else:
            kept.extend(c for c in head.children if c.i < mark and c.dep_ in ("nmod", "compound", "poss"))
    return kept


def _classify_noun(token) -> tuple[str, str] | None:
    lower = token.lower_
    if lower in _SUPPORT_NOUNS or (lower in _SUPPORTER_NOUNS and token.dep_ == "attr"):
        return SUPPORT, "053"
    if _in_favour_of(token) or _confidence_in(token):
        return SUPPORT, "053"
    # "thanks to the weather" is a cause, not thanks: the noun counts when it is given ("expressed
    # thanks", "their thanks to").
    if lower in _PRAISE_NOUNS and (lower != "thanks" or token.head.lower_ in _SUPPORT_NOUN_VERBS
                                   or any(c.dep_ == "poss" for c in token.children)):  # fmt: skip
        return SUPPORT, "051"
    if lower in _MESSAGES and any(c.lower_ == "congratulatory" for c in token.children if c.dep_ == "amod"):
        return SUPPORT, "051"  # "sent a congratulatory message to X": congratulations sent
    # a critic by name, not by trade ("the film critic of the Lantern")
    critic = lower in _CRITIC_NOUNS and token.dep_ == "attr" and not any(c.dep_ == "compound" for c in token.children)
    if lower in _CRITICISM_NOUNS or critic:
        return CRITICIZE, "111"
    if lower in _SHOTS and token.head.lower_ in _TAKE and _objects(token.head, ("at",)) + _objects(token, ("at",)):
        if not _shot_for_real(token):
            return CRITICIZE, "111"  # "took aim at Ben Dorr", "took a swipe at the plan"
    if lower == "blame" and token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lower_ in _LAY_BLAME:
        return CRITICIZE, "112"  # "put the blame on Ben Dorr"
    if lower in _ACCUSATION_NOUNS:
        return CRITICIZE, "112"
    place = _in_place_of(token)  # "faces a string of fraud charges"
    # (charges one settles are against oneself, not "settled the charges against Norvik")
    answered = _RECEIVE | _DENY | (_SETTLE if not _charged_against(token) else set())
    if lower in _CHARGE_NOUNS and place.dep_ == "dobj" and place.head.lower_ in answered and _criminal(token):
        return CRITICIZE, "112"
    # "filed fraud charges against X", "charges against X were filed by the SEC"
    brought = place.dep_ in ("dobj", "nsubjpass") and place.head.lower_ in _BRING
    if lower in _CHARGE_NOUNS and brought and _criminal(token):
        return (CRITICIZE, "112") if _charged_against(token) else None  # "planned to press charges": no one
    if lower in _CHARGE_NOUNS and _criminal(token) and _owners(token) and _charged_against(token):
        return CRITICIZE, "112"  # "charges brought by the SEC against Tom Hale were dropped"
    if lower in _CHARGE_NOUNS and _held_by_charges(token) and _criminal(token):
        return CRITICIZE, "112"
    return None


def find_events(
    paragraphs: Sequence[ParagraphIn],
    vague_dates: dict[int, list[tuple[int, int]]],
    parse: Callable[[list[str]], list],
    people: Mapping[str, Person] | None = None,
    meetings: Sequence[Meeting] = (),
    corpus_countries: Mapping[str, str] | None = None,
) -> list[Event]:
    """VISIT, SIGN, SUPPORT and CRITICIZE events of one article (MEET rows: `meet_events`);
    `corpus_countries` (ISO alpha-3 → entity id) are the countries the whole corpus names."""
    texts = [(p.paragraph_no, t) for p in paragraphs if (t := parse_text(p.text, p.is_heading)) is not None]
    docs = dict(zip((no for no, _ in texts), parse([t for _, t in texts]), strict=True))
    pairs_by_paragraph: dict[int, list[tuple[str, tuple[str, str]]]] = {}
    for m in meetings:
        pairs_by_paragraph.setdefault(m.paragraph_no, []).append((m.sentence.strip(), (m.actor_a, m.actor_b)))
    actors = Actors(people or {}, [])
    # the pairs of a meeting of three or more ("A met B and C"), told in one sentence of a paragraph
    # (a republished item may tell the same sentence again): no one pair is "the two ministers"
    actors.crowded = {pair for told in pairs_by_paragraph.values() for sentence, pair in told
                      if sum(other == sentence for other, _ in told) > 1}  # fmt: skip
    actors.home_country = home_country([e for p in paragraphs for e in p.entities])
    actors.corpus_countries = corpus_countries or {}
    actors.read_ahead(paragraphs)
    events: list[Event] = []
    seen: set[tuple] = set()
    anchor: dt.date | None = None
    for paragraph in paragraphs:
        doc = docs.get(paragraph.paragraph_no)
        # The paragraph's meetings join the pairs told in the order of their sentences, with the
        # receptions found on the way ("X received Y. Later Z met W. The two presidents …": Z, W).
        pending = list(pairs_by_paragraph.get(paragraph.paragraph_no, []))
        for _, (a, b) in pending:
            actors.met(a, b)
        if doc is None:
            actors.pairs.extend(pair for _, pair in pending)
        else:
            unplaced = [(sentence, pair) for sentence, pair in pending if sentence not in doc.text]
            actors.pairs.extend(pair for _, pair in unplaced)
            pending = [told for told in pending if told not in unplaced]
            spans = sentence_spans(paragraph.text)
            quoted = [
                r for r in quotation_regions(paragraph.text)
                if is_quotation(paragraph.text, r, next((s for s in spans if s[0] <= r.open_start < s[1]), (0, 0)))
            ]  # fmt: skip
            actors.enter_paragraph(paragraph.text, spans, [(r.open_start, r.close_end) for r in quoted])
            for sentence in doc.sents:
                actors.remember_groups(sentence, paragraph)
                here = [told for told in pending if doc.text.find(told[0]) < sentence.end_char]
                actors.pairs.extend(pair for _, pair in here)
                pending = [told for told in pending if told not in here]
                for token in sentence:
                    kind = _classify(token, paragraph)
                    if kind is None or any(r.open_start <= token.idx < r.close_end for r in quoted):
                        continue
                    if inside_a_charge(token):
                        continue
                    # "to settle charges, raised by Mr Spitzer in October": a participle that says
                    # who made it tells whether it was made, whatever the clause does with it
                    told = maker(token) or token
                    if kind[0] == VISIT and token.lower_ in _VISIT_NOUNS:
                        told = _asker_on_a_visit(token) or told
                    if token.pos_ == "NOUN" and token.dep_ == "nsubjpass" and token.head.lower_ in _BRING:
                        told = token.head  # "charges against him were never filed"
                    idiom = _idiom_verb(token)  # "will throw her support behind": the verb's tense and negation
                    future_counts = kind[0] != SUPPORT or idiom is not None
                    # (a purchase or a sale told in a deal is agreed, whatever is still to come of it:
                    # "S&N is to buy 37.5% of United Breweries in a deal worth 4.66bn rupees"; not what
                    # one will buy under an agreement told before, one of its terms)
                    future_counts &= not (token.lower_ in _BUY_SELL and _in_a_deal(token))
                    if negated(idiom or told) or not told_as_done(idiom or told, future_counts=future_counts):
                        continue
                    if kind[0] in (SUPPORT, CRITICIZE) and purpose_of_a_noun(token):
                        continue
                    if (
                        kind[0] == SIGN
                        and _signed_again(token, paragraph)
                        and any(e.event_type == SIGN for e in events)
                    ):
                        continue
                    for event in _events_of(token, kind, sentence, paragraph, actors, anchor, vague_dates):
                        key = (event.event_type, event.cameo_code, event.actor_a, event.actor_b, event.event_date)
                        if key in seen or _an_accusation_told_again(token, event, events):
                            continue
                        seen.add(key)
                        events.append(event)
                        if event.event_type in (VISIT, SIGN):
                            actors.met(event.actor_a, event.actor_b)
                        if event.cameo_code == "043" and event.actor_a and event.actor_b:
                            # a host and the guest received met: "the two presidents" after it
                            # (unless the guest's talks with another were told in the same sentence:
                            # "held talks with X and was received by Y. The two sides signed …": X)
                            if not any(event.actor_b in pair for _, pair in here):
                                actors.pairs.append((event.actor_a, event.actor_b))
                actors.follow_subject(sentence, paragraph)
        actors.after_paragraph(paragraph)
        days = [d.date for d in paragraph.dates]
        if days:
            anchor = days[-1]
    return _once_per_sentence(_without_sites_of_a_visit(_without_unnamed_twins(events), _regions_named(paragraphs)))


def _without_sites_of_a_visit(events: list[Event], regions: set[str]) -> list[Event]:
    """A visitor's stops at sites of no country told ("the delegation visited the Tower of the Juche
    Idea", "travelled to Guizhou province") are part of the visit to the country the article tells
    of, not visits of their own; a tour of a region is one (`regions`: "Brown's tour of Africa")."""
    visited = {e.actor_a for e in events if e.event_type == VISIT and e.cameo_code == "042" and e.actor_b}
    return [e for e in events if not (e.event_type == VISIT and e.cameo_code == "042" and e.actor_b is None
                                      and e.actor_a in visited and e.place not in regions)]  # fmt: skip


# Regions of the world a tour may be of: "a tour of Africa", "his Middle East tour".
_REGION = re.compile(
    r"\b(?:Africa|Asia|Europe|America|Middle East|Caribbean|Balkans|Scandinavia|Gulf|Pacific|Oceania|Maghreb|Sahel)\b"
)


def _regions_named(paragraphs: Sequence[ParagraphIn]) -> set[str]:
    """The places the article names by a region of the world's name."""
    return {e.entity_id for p in paragraphs for e in p.entities
            if e.type == "PLACE" and _REGION.search(p.text[e.char_start : e.char_end])}  # fmt: skip


def _once_per_sentence(events: list[Event]) -> list[Event]:
    """ "Kowalski lashed out at Hartigan, accusing her of …", "praised and backed Lula": one act of
    a type by one side to the other in a sentence is one event (its first verb's code), as the gold
    of the sample and of the invented sets count it."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.paragraph_no, e.sentence, e.event_type, e.actor_a, e.actor_b)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _between_sides(partners, paragraph: ParagraphIn, actors: Actors) -> list[EntitySpan]:
    """The sides of a "between" phrase: its names, or the pair the article told of ("the signing of
    11 documents between the two governments": the two sides of the last meeting)."""
    found = []
    for h in partners:
        if h.head.lower_ != "between":
            continue
        named = _head_entities(h, paragraph)
        for side in conjuncts(h):
            # "between the foreign ministries of Russia and Kazakhstan", "between the Governments
            # of the DPRK and the Syrian Arab Republic": a body written as a noun is its country's
            if side.pos_ == "NOUN" and not _entities_in([side], paragraph.entities):
                named += [e for o in _prep_objects(side, ("of",)) for e in _head_entities(o, paragraph)
                          if e.type in ("COUNTRY", "ORG") and e not in named]  # fmt: skip
                named.sort(key=lambda e: e.char_start)  # as written
        if not named and _pair_subject(h) and (pair := actors.pair_near(h, paragraph)):
            named = [EntitySpan(0, 0, member, "ORG") for member in pair]
        found += named
    return found


def _coordinated_signers(subject, paragraph: ParagraphIn) -> bool:
    """Two names or more joined as who signed ("by President Arango and rebel commander Mosquera")."""
    if subject is None or not any(c.dep_ == "conj" for c in subject.children):
        return False
    return len({e.entity_id for e in _head_entities(subject, paragraph)}) >= 2


def _signed_again(verb, paragraph: ParagraphIn) -> bool:
    """ "The agreement was signed in Seoul by Tarsus chief executive Selim Karaduman and Hanbit
    chairman Park Ji-hoon", "the two ministers signed the pact": the agreement the story has told
    of, now with who put pen to paper; the same signing, not another (the signers' firms or
    countries already have their row)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children):
        return False  # "the agreement was also signed by Hanbit Energy and Song Hong Power": more signers
    # (or the object, when people signed it: "Hollister and his Japanese counterpart signed the pact
    # after summit talks", after "The United States and Japan signed a defence pact on Monday"; not
    # countries or bodies, which sign another: "Egypt and Libya signed the treaty on Tuesday")
    people = _people_signed(verb, paragraph)
    objects = ("nsubjpass", "dobj") if people else ("nsubjpass",)
    # ("The two sides signed a memorandum. The document was signed by Tan and …": the one told)
    agreements = [c for c in verb.children if c.dep_ in objects and c.lower_ in _AGREEMENT_NOUNS | {"document"}]
    # the agreement alone, "the" and its noun: one told more closely is another ("the agreement on
    # cocoa pricing", "the union treaty"); but people sign by its name what their countries signed
    # ("Japan and the Philippines signed a defence pact … The Reciprocal Access Agreement was signed
    # in Manila by Japanese Foreign Minister X and Philippine Defence Secretary Y")
    # (not a signing of another time: "The Algiers Agreement was signed by X and Y in 1975")
    people = people and not any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in verb.sent)
    told = ("det", "punct", "compound") if people else ("det", "punct")
    bare = [a for a in agreements if all((c.dep_ in told and (c.dep_ != "compound" or c.pos_ == "PROPN"))
                                         or (people and _signed_for_a_side(c)) for c in a.children)]  # fmt: skip
    return verb.pos_ == "VERB" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for a in bare for c in a.children
    )


def _signed_for_a_side(prep) -> bool:
    """ "The memorandum for Panama": whom a signer signed for, by name."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children)
    )


def _people_signed(verb, paragraph: ParagraphIn) -> bool:
    """Is each of the verb's subjects (or its passive's agents) a person, by name or office ("X and
    his Japanese counterpart, Y, signed", "the two ministers signed", "was signed by X and Y"), not a
    country or a body ("Egypt and Libya signed")?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(iter(agents_of(verb)), None)
    if subject is None:
        return False
    subject = relative_noun(subject)  # "Panama's minister, X, who signed the memorandum for Panama"
    people = [e for e in paragraph.entities if e.type == "PERSON"]
    return all(
        _entities_in([c], people)
        or is_role_word(c)
        or c.lower_[:-1] in ROLE_HEADS
        or c.lower_ in ("counterpart", "counterparts")
        for c in conjuncts(subject)
    )  # (offices in the plural too: "the two countries' water ministers, X and Y, signed the deal")


def _an_accusation_told_again(token, event: Event, events: Sequence[Event]) -> bool:
    """ "Ngugi accused Agriculture Minister Peter Wambua of diverting maize. Wambua denied the charge":
    a criticism or a charge told again with "the" or "that", with no one named as its giver, is the
    one the article told before of the same side, with its giver."""
    told_again = token.lower_ in _ACCUSATION_NOUNS | _CHARGE_NOUNS | _CRITICISM_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in token.children
    )
    if event.actor_a is not None or token.pos_ != "NOUN" or not told_again:
        return False
    # (one rejected is the one told, whoever it was of: "Aylward criticised Sudan … Sudan's foreign
    # minister, X, rejected the criticism", the answer of the side criticised)
    # (bare: not "dismissed the criticism of his government by opposition parties", another one)
    rejected = (
        token.dep_ == "dobj"
        and token.head.lower_ in _REJECTED
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in token.children)
    )
    return any(e.event_type == event.event_type and (rejected or e.actor_b == event.actor_b) and e.actor_a is not None
               for e in events)  # fmt: skip


# What the side criticised does with a criticism told before.
_REJECTED = _forms("rejected rejects rejecting dismissed dismisses dismissing denied denies denying refuted",
                   "rebuffed rebuts rebutted")  # fmt: skip


def _without_unnamed_twins(events: list[Event]) -> list[Event]:
    """ "Chelsea have been criticised, with the PFA accusing the club …": one criticism, told once
    without its giver and once with; the row with no side A goes when its sentence has the other."""
    named = {(e.paragraph_no, e.sentence, e.event_type, e.actor_b) for e in events if e.actor_a is not None}
    return [
        e for e in events if e.actor_a is not None or (e.paragraph_no, e.sentence, e.event_type, e.actor_b) not in named
    ]


def _charged_against(charges) -> list:
    """Whom charges brought are against: the "against" phrase of the noun, of its verb or of the
    participle that says who made them ("charges brought by the SEC against X"), or one the parser
    hung on the verb's other phrase ("filed charges in a Boston court against X")."""
    makers = [m] if (m := maker(charges)) is not None else []
    preps = [c for t in (charges, charges.head, *makers) for c in t.children if c.dep_ == "prep"]
    preps += [g for p in preps for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
    return [o for p in preps if p.lower_ == "against" for o in p.children if o.dep_ == "pobj"]


def _criminal(charges) -> bool:
    """ "Fraud charges", "charges of corruption", "criminal charges", "faces charges": not "higher
    charges from Visa", "charges of £5", "delivery charges"."""
    words = [t for c in charges.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    of = _objects(charges, ("of",))
    if _objects(charges, ("from",)) or any(h.like_num or h.tag_ in ("$", "CD") or h.lower_ in ("£", "$", "€") or
                                           any(t.like_num for t in h.subtree) for h in of):  # fmt: skip
        return False
    if words:
        return any(w.lower_ in _CRIME_WORDS for w in words)
    if charges.dep_ == "conj" or (
        charges.dep_ == "dobj" and charges.head.lower_ in _SETTLE and not _told_as_charged(charges)
    ):
        # "faced higher fees and charges", "settled the charges on his card": a bare word listed with
        # prices or settled is a price, unless it is told as an accusation
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in charges.children)


def _told_as_charged(charges) -> bool:
    """Settled charges told as an accusation: who brought them ("charges, raised by Mr Spitzer"),
    whom one paid to settle them ("paid the SEC $250m to settle charges"), with whom ("settled the
    charges with the SEC") or what they say ("charges that it rigged its results")."""
    verb = charges.head
    paid = verb.dep_ == "advcl" and verb.head.lower_ in _PAY and bool(_paid(verb.head))
    with_whom = any(h.pos_ == "PROPN" for h in _prep_objects(verb, ("with",)))
    says = any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in charges.children)  # fmt: skip
    return maker(charges) is not None or paid or with_whom or says


# Verbs that undo an agreement: one made before, not signed in the story.
_UNDONE = _forms("end ends ended ending scrap scraps scrapped cancel cancels cancelled canceled terminate terminates "
                 "terminated break breaks broke suspend suspends suspended abandon abandons abandoned renegotiate "
                 "renegotiates renegotiated revoke revokes revoked annul annuls annulled")  # fmt: skip


def _owned_deal(noun) -> bool:
    """ "Its deal with SBC", "Shell's agreement with Qatar": an agreement noun with both an owner
    and a partner, not what a verb of concluding or announcing already tells ("struck its deal
    with"), and no contract ("his contract with Chelsea runs out": an employment, not a signing)."""
    if noun.lower_ in _CONTRACTS or not any(c.dep_ == "poss" for c in noun.children):
        return False
    if noun.dep_ in ("dobj", "obj") and noun.head.lower_ in _UNDONE:
        return False  # "pressure to end their health agreements with Havana": what is to be undone
    told = noun.dep_ in ("dobj", "obj") and noun.head.lower_ in _SIGN | _CONCLUDE | _ANNOUNCE_DEAL
    return not told and bool(_prep_objects(noun, ("with", "between")))


def _agreement_of(verb) -> list:
    """The agreement a participle or a passive tells of: "a deal concluded between X and Y", "the
    pact was sealed in Rome" (an agreement as the subject is one too: the parser often reads the
    participle as the verb of a clause)."""
    if verb.dep_ in ("acl", "relcl"):
        return [verb.head]
    return [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in _AGREEMENT_NOUNS]


def _agreed_purchase(verb, paragraph: ParagraphIn) -> list:
    """ "SBC agreed to buy AT&T": the firm a buyer agreed to buy, acquire or merge with, with whom
    the deal is signed: the object when it is a name, else the owner in its "of" or "in" phrase
    ("the US arm of Lehman Brothers", "a stake in Xstrata"), else the seller ("72 jets from BAE");
    for a sale agreed, the buyer ("agreed to sell its stake to Baltica")."""
    wanted = _PURCHASE | _BOUGHT | {"sell"}
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp" and c.lower_ in wanted):
        if xcomp.lower_ in ("take", "taken") and not any(c.lower_ == "over" for c in xcomp.children):
            continue
        if xcomp.lower_ in _BOUGHT:
            # "agreed to be bought by its Dutch rival Norvik": the buyer signs with the firm sold
            buyers = [h for h in agents_of(xcomp) if _entities_in([h], paragraph.entities)]
            if buyers:
                return buyers[:1]
            continue
        bought = _firm_traded(xcomp, paragraph)
        if bought:
            return bought
    # "agreed to a buyout by Verizon", "agreed (to) a merger with Sprint", "agreed a takeover of
    # Zenith": the firm named as the other party
    deals = [h for h in _objects(verb, ("to",)) if h.dep_ in ("pobj", "dobj") and h.lower_ in _TAKEOVER_NOUNS]
    if any(c.dep_ == "ccomp" for c in verb.children):
        deals = []  # "analysts agreed a merger with Zenith would help": agreed that, not agreed a deal
    for deal in deals:
        partners = _prep_objects(deal, ("by", "with", "of"))
        partners = [h for h in partners if _entities_in([h], paragraph.entities)]
        if partners:
            return partners[:1]
    return []


def _bidder(verb, paragraph: ParagraphIn) -> list:
    """Whose bid for a firm a firm accepted, with whom the deal is signed: the named "from" of a
    buyout, takeover, merger or acquisition accepted, or of a bid or an offer with an amount or a
    takeover's word ("accepted a $6.75bn buyout from telecoms giant Verizon", "a takeover offer from
    Heineken"; the parser may hang the "from" on the verb). Not a bid for a player ("a £10m offer
    from Real Madrid for Michael Owen"), an offer of talks or to do something, nor a bidder or a
    seller that is no organisation."""
    if verb.lower_ not in _ACCEPT or not _firm_named(_subject(verb), paragraph):
        return []
    # (after an amount the parser may leave the bid loose: "accepted a $6.75bn (£3.6bn) buyout from …")
    bids = [
        o for o in [*_objects(verb, ()), *verb.children] if o.dep_ in ("dobj", "obj", "dep") and _a_bid(o, paragraph)
    ]
    bidders = [h for b in bids for h in _prep_objects(b, ("from", "by"))]
    bidders += _prep_objects(verb, ("from",)) if bids else []
    return [h for h in bidders if _firm_named(h, paragraph)][:1]


def _firm_named(head, paragraph: ParagraphIn) -> bool:
    return head is not None and any(e.type == "ORG" for e in _entities_in(list(head.subtree), paragraph.entities))


def _a_bid(noun, paragraph: ParagraphIn) -> bool:
    """A bid for a firm: a takeover's noun, or a bid or an offer with an amount or a takeover's word
    before it; not one "for" a person, nor an offer "of" something or "to" do something."""
    if noun.lower_ not in _BIDS:
        return False
    sought = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    if any(_names(g, paragraph, "PERSON") or is_role_word(g) for g in sought):
        return False
    if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return False
    if noun.lower_ in _TAKEOVER_NOUNS:
        return True
    before = [t for t in noun.subtree if t.i < noun.i]
    return any(t.lower_ in _TAKEOVER_NOUNS or t.like_num or t.tag_ == "$" for t in before)


def _firm_traded(verb, paragraph: ParagraphIn) -> list:
    """The firm a buyer buys or merges with, with whom the deal is signed: the object when it is a
    name, else the owner in its "of" or "in" phrase ("the US arm of Lehman Brothers", "a stake in
    Xstrata"), else the seller ("72 jets from BAE"); for a sale, the buyer ("sold the unit to BLB")."""
    if verb.lower_.startswith("sell") or verb.lower_ == "sold":
        return [h for h in _prep_objects(verb, ("to",)) if _entities_in([h], paragraph.entities)][:1]
    objects = _objects(verb, ("with",)) if verb.lower_.startswith("merge") else _objects(verb, ())
    objects += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "Norcom was bought by Vantel in a deal"
    # "its former parent and phone pioneer AT&T": the name may be a conjunct of the object.
    objects += [c for h in objects for c in h.children if c.dep_ in ("conj", "appos")]
    firms = [e for e in paragraph.entities if e.type != "PERSON"]  # a player bought is no party: his club is
    for head in objects:
        if _entities_in([head], firms):
            return [head]
        # (what a stake is in is a firm, whatever the model typed it)
        owners = [h for h in _objects(head, ("of", "in")) if _entities_in([h], paragraph.entities)]
        if owners:
            return owners[:1]
    return [h for h in _prep_objects(verb, ("from",)) if _entities_in([h], paragraph.entities)][:1]


def _inside_a_clause(token, top) -> bool:
    """Is `token` inside a clause or an apposition below `top` ("the support of Russia, whose troops
    fought for Syria, for the peace process": "Syria" is the clause's)?"""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "appos", "ccomp"):
            return True
        node = node.head
    return False


def _in_a_deal(verb) -> bool:
    """A purchase or a sale told "in a deal" (a deal it introduces, not "under the agreement")."""
    deal = _deal_of(verb)
    return deal is not None and deal.head.lower_ == "in" and any(c.lower_ in ("a", "an") for c in deal.children)


def _deal_of(verb):
    """The deal a purchase or a sale was made in: "in a deal worth …", "under an agreement",
    "as part of a media partnership deal"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in _DEAL_PREPS and noun.lower_ in _AGREEMENT_NOUNS:
                return noun
            if prep.lower_ == "as" and noun.lower_ == "part":
                deals = [h for h in _objects(noun, ("of",)) if h.lower_ in _AGREEMENT_NOUNS]
                if deals:
                    return deals[0]
    return None


def _a_contract(noun) -> bool:
    """ "A new contract", "a three-year contract extension", "a new deal": a contract of employment."""
    return noun.lower_ in ("contract", "contracts") or (
        noun.lower_ in ("extension", "deal") and any(c.lower_ in ("contract", "new") for c in noun.children)
    )


def _apposed_name(noun):
    """The proper name set right beside a noun ("the consultancy Brightwell", "his counterpart, Selim
    Ergün"), else None."""
    return next((a for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None)


def _a_side_apposed(noun, paragraph: ParagraphIn) -> bool:
    """A noun with a side's name set off after it by a comma ("his Turkish counterpart, Selim
    Ergün"; not "30,000 sports utility vehicles (SUV)")."""
    name = _apposed_name(noun)
    if name is None or name.left_edge.i == 0 or noun.doc[name.left_edge.i - 1].text != ",":
        return False
    return _names_a_side(name, paragraph)


def _deal_partner_objects(purpose) -> list:
    """Whom a deal's purpose names as its partner: whom something is supplied "to"; for a purchase,
    whom it is bought "from", else what is bought ("to buy Scorpene submarines from France": France;
    "to buy the consultancy Brightwell": Brightwell)."""
    if purpose.lower_ in _MADE_BY_A_DEAL:
        return _prep_objects(purpose, ("to",))  # "to restart the Joint Economic Commission": no partner
    if purpose.lower_ not in _TRADED_IN:
        return _objects(purpose, ("to",))
    return _prep_objects(purpose, ("from",)) or _objects(purpose, ())


# What a deal sets up or starts again, whose object is a body or a thing made, never the partner: "a
# memorandum to restart the Joint Ministerial Economic Commission", "an accord to set up a council".
_MADE_BY_A_DEAL = _verb("establish", "create", "form", "launch", "restart", "relaunch", "revive", "resume",
                        "reopen", "reactivate", "set", "found", "build", "expand", "strengthen", "deepen")  # fmt: skip


def _names_a_side(noun, paragraph: ParagraphIn) -> bool:
    """Does the noun, or what names it, name a person, a country or a body the model tagged?"""
    return any(e.type in _SIDE_TYPES for e in _entities_in(_named_by(noun), paragraph.entities))


def _named_by(noun) -> list:
    """The noun and the words that name it: "Venezuelan fuel", "Sakhalin field", "the consultancy
    Brightwell" (not a phrase after it)."""
    return [noun, *(c for c in noun.children if (c.dep_ in ("amod", "compound") and c.i < noun.i)
                    or (c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == noun.i + 1))]  # fmt: skip


def _one_of_the_agreements(token) -> bool:
    """ "Five memoranda, including one signed by …", "two accords, one of them signed by …": "one"
    or "another" standing for an agreement the phrase above names."""
    if token.lower_ not in ("one", "another"):
        return False
    before = token.doc[token.sent.start : token.i]
    return any(t.lower_ in _AGREEMENT_NOUNS | _AGREEMENTS_BETWEEN for t in before)


def _one_agreement(noun) -> bool:
    """A single agreement ("a deal", "the accord"), not one each ("new contracts"); or agreements
    between the signers ("Cuba and Vietnam signed three agreements", "several cooperation
    documents"): contracts and deals in the plural are as often one each with someone else."""
    if (noun.lower_ in _AGREEMENT_NOUNS and noun.tag_ != "NNS") or _one_of_the_agreements(noun):
        return True
    if noun.lower_ == "letter" and any(o.lower_ in ("intent", "understanding", "cooperation")
                                       for o in _objects(noun, ("of",))):  # fmt: skip
        return True  # "Bambang and Abellana Sy signed a letter of intent"
    if (noun.lower_ in _INSTRUMENTS or noun.lower_ == "framework") and noun.tag_ != "NNS":
        # "signed a protocol on transit", "a joint declaration", "a framework to share missile data":
        # one drawn up between the signers, not the one many sign ("the Energy Charter", "the Kyoto
        # protocol")
        return any(c.lower_ in ("a", "an") or c.lower_ in _JOINT for c in noun.children)
    cooperation = noun.lower_ == "documents" and any(c.lower_ in _COOPERATION for c in noun.children)
    return noun.lower_ in _AGREEMENTS_BETWEEN or cooperation


def _deals_between_states(things, subject, paragraph: ParagraphIn) -> bool:
    """ "Venezuela and Jamaica signed oil deals": deals in the plural that states named together
    signed with each other (firms' deals are as often each with someone else)."""
    if subject is None or not any(t.lower_ == "deals" for t in things):
        return False
    members = conjuncts(subject)
    kinds = [e.type for m in members for e in _entities_in([m], paragraph.entities)]
    return len(members) >= 2 and len(kinds) == len(members) and set(kinds) == {"COUNTRY"}


# Agreements in the plural that the signers make with each other, and the words that make documents such.
_AGREEMENTS_BETWEEN = _forms("agreements accords pacts memoranda memorandums")
_COOPERATION = _forms("cooperation co-operation bilateral")
_JOINT = _forms("joint bilateral trilateral")
# "Signed a protocol, with Aydogdu attending": who looked on, however the parser hangs the participle.
_LOOKING_ON = _forms("attending watching looking witnessing presiding present")


def _each_on_their_own(verb, subject) -> bool:
    """ "Kenya and Ethiopia both signed", "each signed": every signatory signed on its own."""
    words = [c for n in (verb, subject) if n is not None for c in n.children]
    return any(c.lower_ in ("both", "each", "all") and c.dep_ in ("preconj", "advmod", "det", "appos") for c in words)


def _signatories(subject, paragraph: ParagraphIn, actors: Actors) -> list[EntitySpan]:
    """ "India and Russia signed a memorandum": coordinated signatories sign with each other ("the
    firm and the government": the government of the country the article is about; "he and Moriyama":
    the person the pronoun means)."""
    home = actors.home_country
    if subject is None:
        return []
    if subject.lower_ == "they" and len(group := _named_group_before(subject, paragraph, None)) >= 2:
        return group  # "X and Y last met in Cartagena, when they signed a border pact"
    named = [a for a in subject.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    titled = subject.pos_ == "NOUN" or is_role_word(subject)
    if titled and named and any(c.dep_ == "conj" for c in named[0].children):
        # "the two countries, Chile and Peru, signed a pact": the names; "The Minister of Foreign
        # Affairs of Peru, X, and her Chilean counterpart, Y, signed": the parser joins the second
        # to the first's name
        subject = named[0]
    if len(conjuncts(subject)) < 2:
        # "the prime ministers of Bulgaria, Albania and Macedonia signed": the countries they lead
        lists = [h for h in _prep_objects(subject, ("of",)) if any(c.dep_ == "conj" for c in h.children)]
        # (or by their demonyms: "Russian and Ukrainian delegations signed")
        lists = lists or [c for c in subject.children if c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children)]
        countries = [e for e in _head_entities(lists[0], paragraph) if e.type == "COUNTRY"] if lists else []
        leaders = subject.lower_ in ACTING_FOR_THEIR_SIDES
        return countries if leaders and len({e.entity_id for e in countries}) >= 2 else []
    members = conjuncts(subject)
    holders = {m.i: who for m in members if (who := _office_holder_told(m, paragraph, actors))}
    # (not the country of "the German minister": the minister the article named)
    found = [e for e in _head_entities(subject, paragraph)
             if not any(m.left_edge.idx <= e.char_start <= m.idx for m in members if m.i in holders)]  # fmt: skip
    # (in the order of the words: the side named first is side A)
    first = members[0].i in holders
    held = [EntitySpan(0, 0, who, "PERSON") for who in holders.values()]
    found = held + found if first else found + held
    countries = [country for c in members if (country := government_country(c, paragraph.entities, home))]
    found += [EntitySpan(0, 0, country, "COUNTRY") for country in countries[:1]]
    others = {e.entity_id for e in found}
    other = found[0].entity_id if found else None  # (not a set's first: its order changes with the hash seed)
    for member in members:
        if member.i in holders:
            continue
        if member.lower_ in ("he", "she"):  # "he and Moriyama signed": whom the pronoun means
            side, kind = actors.of(member, paragraph, exclude=other), "PERSON"
        elif member.pos_ == "NOUN" and (apposed := _apposition_of_a_conjunct(member)):
            # "… and her Chilean counterpart, Jorge Mena Diaz, signed": the name set off after it
            found += [e for e in _head_entities(apposed[0], paragraph) if e.entity_id not in others]
            continue
        elif (
            member.pos_ == "NOUN"
            and is_role_word(member)
            and with_the(member)
            and member.tag_ == "NN"
            and (held := actors.role_holder(member, paragraph, exclude=other)) is not None
            and actors.kind_of(held) == "PERSON"
            and not actors.met_a_holder_of_the_same_office(held, member)
        ):
            # "the minister and her Antiguan counterpart, X, signed": the minister told of before
            # (not one of two presidents who met)
            side, kind = held, "PERSON"
        elif member.pos_ == "NOUN" and member.lower_ in _OTHER_SIDE and (hung := name_hung_on_the_verb(member)):
            # (or the name the parser hung on the verb: "signed by X and his Nicaraguan counterpart,
            # Dolores Arauz Membreño, at the close of …")
            found += [
                e for e in _entities_in(hung, paragraph.entities) if e.type == "PERSON" and e.entity_id not in others
            ]
            continue
        elif member.pos_ == "NOUN" and (met := _counterpart_of(member, other, actors)) is not None:
            # "After talks with X, Wolters and her counterpart signed": whom the first signer met
            side, kind = met, actors.kind_of(met) or "PERSON"
        elif member.pos_ == "NOUN":  # "the company and Bharat Rail signed": the body told of before
            side, kind = actors.org_named_last(member, paragraph, exclude=other), "ORG"
        else:
            continue
        if side is not None and side not in others:
            # (in the order of the words: "he and Moriyama", the one "he" means first)
            found.insert(0 if member.i == members[0].i else len(found), EntitySpan(0, 0, side, kind))
    return found if len({e.entity_id for e in found}) >= 2 else []


def _apposition_of_a_conjunct(member) -> list:
    """The names set off after a conjunct: its own appositions before the next conjunct; for a later
    conjunct with none, an apposition the parser hung on the one before it ("the minister and her
    Antiguan counterpart, Keron Joseph-Francis, signed")."""
    following = min((c.i for c in member.children if c.dep_ == "conj"), default=len(member.doc))
    own = [a for a in member.children if a.dep_ == "appos" and a.i < following]
    if own or member.dep_ != "conj":
        return own
    return [a for a in member.head.children if a.dep_ == "appos" and a.i > member.i]


def _office_holder_told(noun, paragraph: ParagraphIn, actors: Actors) -> str | None:
    """The person an office with "the" and its country stands for, named before ("the German minister
    and his Kazakh counterpart signed": the German minister the article named), else None."""
    if noun.pos_ != "NOUN" or not with_the(noun) or not is_role_word(noun):
        return None
    if any(c.dep_ == "appos" for c in noun.children):
        return None
    # (with its country: "the president" alone may be either of two named before)
    if not any(c.dep_ in ("amod", "compound") and (is_demonym(c.text) or iso3_for(c.text)) for c in noun.children):
        return None
    who = actors.role_holder(noun, paragraph)
    return who if who in actors.people else None


# A match, a round or a result in the sentence, or a competition no one visits for: a team's trip
# or "the visit of" a side is a fixture. ("The Lions" with a capital and no "Club" is the rugby side.)
_SPORT_FIXTURE = re.compile(
    r"\b(?:match(?:es)?|fixtures?|(?:quarter-|semi-)finals?|qualif(?:ier|iers|ying)|penalties|kick-off|"
    # (a Test match by its order, a one-day international)
    r"(?-i:(?:first|second|third|fourth|fifth|final|opening|deciding) Test)\b|one-day internationals?|"
    # (a final as a noun, not "the final terms", "the final day of his visit")
    r"finals?(?=\s*(?:[,.;:!?)]|$|\s+(?:of|in|at|against|on|with|and|was|is|will|for|between|to)\b))|"
    r"(?:home|away) (?:game|games|tie|leg|win|victory|defeat)|replay(?:s|ed)?|cup ties?|"
    r"(?:Carling|FA|Uefa|Davis|Heineken|Ryder) Cup|Six Nations|"
    r"(?-i:the (?:British and Irish )?Lions\b(?! Club)|Lions (?:tour|tours|squad|party)\b)|"
    r"(?:won|lost|beat|drew|winning|losing) \d{1,2}-\d{1,2}|\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss))\b",
    re.IGNORECASE,
)


def _a_team(subject, token, paragraph: ParagraphIn) -> bool:
    """A country or a club named alone with a plural verb ("Italy travel", "Chelsea face a trip",
    "Italy have lost"): in British usage, its team, whose trips are fixtures."""
    if subject is None or subject.tag_ != "NNP" or any(c.dep_ == "conj" for c in subject.children):
        return False
    if not any(e.type in ("COUNTRY", "ORG") for e in _entities_in([subject], paragraph.entities)):
        return False
    verb = subject.head
    plural_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "have", "were") for c in verb.children)
    return verb.tag_ == "VBP" or plural_aux


def _events_of(token, kind, sentence, paragraph, actors: Actors, anchor, vague_dates):
    event_type, code = kind
    lower = token.lower_
    unnamed_a = unnamed_b = by_kind = guest_by_office = by_a_delegation = False
    posted: set[str] = set()  # the guests posted where they were received (ambassadors), by entity id
    subject = _subject(token.head if token.dep_ == "acomp" else token)  # "X has been critical of Y"
    detail = None
    partners: list = []
    signatories: list[EntitySpan] = []
    a_ids: list[str | None] = []
    b_entities: list[EntitySpan] = []
    place = None
    if event_type == VISIT and code == "042" and (visitor := _a_visitor_met(token)) is not None:
        # "met with visiting Kenyan President William Ruto": Ruto is the visitor, to the host's
        # country (the country of the one he met, else of the city told)
        # (whom one met with or hosted: the subject of the host verb, or of the verb the "with" hangs on)
        subject = visitor
        if token.dep_ == "xcomp":
            host = _subject(token.head)
        else:
            host = _subject((token.head if token.dep_ == "pcomp" else token.head.head).head)
        hosts = [e for e in _entities_in(list(host.subtree), paragraph.entities) if e.type == "COUNTRY"] if host else []
        country = hosts[0].entity_id if hosts else None
        place = _place_of(token, paragraph)
        if country is None and place is not None:
            found = actors.country_of(place, paragraph, _countries_of_phrase(subject, paragraph))
            country = found.entity_id if found is not None else None
        if country is None:
            return
        b_entities = [EntitySpan(0, 0, country, "COUNTRY")]
    elif event_type == VISIT and code == "042":
        stop_place = None
        if _SPORT_FIXTURE.search(sentence.text):
            return  # "sealed a quarter-final trip to Bolton", "with the visit of Switzerland": a fixture
        if _a_team(subject, token, paragraph):
            return  # "Italy travel to Edinburgh", "Chelsea face a trip to Newcastle": a side's away game
        # only people travel so, and only to places
        moving = lower in _HEAD_TO or lower in _SPEND or _landed(token) or lower in _STOP
        if token.pos_ == "NOUN":
            owners = _owners(token)
            subject = owners[0] if owners else _subject(token.head) if token.dep_ in ("dobj", "pobj") else subject
            subject = _visitor_of_adjunct(token, subject, paragraph, actors) or subject
            if not owners and (asker := _asker_on_a_visit(token)) is not None:
                subject = _subject(asker)  # "X urged Greece to resume talks during a visit to Athens": X
            if subject is None and (named := _on_a_visit(token)) is not None:
                if named.pos_ != "PROPN" and _a_trip_at_home(named, token, paragraph):
                    return  # "Kenya's president, on a visit to Mombasa, praised …": at home
                subject = named  # "Ana Kell, on a visit to Chile, met …"
            elif owners and owners[0].lower_ == "their" and (named := _on_a_visit(token)) is not None:
                subject = named  # "X and Y, both on their first visits to Japan, met …": each of them
            if (stop := _the_stop_of_a_tour(token)) is not None:
                # "met Mansour in Cairo on Wednesday, the first stop of a Middle East tour": the
                # clause's doer visited where its clause happened
                subject, stop_place = subject or _subject(stop), _place_of(stop, paragraph, stop.lower_ in _GOING)
            heads = _objects(token, ("to", "of", "in", "on"))
            if not owners and (visitors := _people_of(token, paragraph)):
                # "during the visit to Caracas of Prime Minister X": the person "of" the visit made it
                subject, heads = visitors[0], [h for h in heads if h not in visitors]
                by_a_delegation = subject.lower_ in _DELEGATIONS
            if not heads and token.head.lower_ in _LIGHT_VERBS:  # "made a stopover on the island of X"
                heads = [h for h in _objects(token.head, ("to", "in", "on")) if h.i != token.i][:1]
        elif lower in _LEAD_VERBS and (led := _delegation_led(token)):
            heads = led
        elif lower in _TAKE:  # "the trip took him to Kenya": whom it took, where to
            subject = next(c for c in token.children if c.dep_ == "dobj")
            heads = _prep_objects(token, ("to",))
        elif lower in _ARRIVE or moving:
            if moving and not _a_person(subject, paragraph):
                return  # "Ryanair flies to Spain", "England are heading to Australia": a route, a team
            if any(c.lower_ in ("home", "back") for c in token.children):
                return  # "flew home to Britain" is a return, not a visit
            heads = _objects(token, ("in", "to", "into"))
            heads = [h for h in heads if h.dep_ == "pobj"]  # the place, not the time spent
            # (arriving "at" a building is no visit, but "at Kuala Lumpur International Airport" is
            # one to the city it serves)
            heads += [h for h in _prep_objects(token, ("at",)) if _a_citys_airport(h, paragraph)]
            if _landed(token) or lower in _STOP:
                heads = heads[:1]  # where one landed first: not "landed in trouble in Lima"
            if lower in _WENT:  # a name one went to: not "went to court in Lima", "went to the polls"
                heads = [h for h in _prep_objects(token, ("to",)) if h.pos_ == "PROPN"]
        else:
            heads = _objects(token, ())
            if not heads and agents_of(token):  # "Norvik was visited by Ann Lowe": the subject was visited
                # ("Norvik, which was visited by …", "Norvik, visited by Ann Lowe in May, …": the noun
                # the clause or the participle tells of)
                heads = [token.head if token.dep_ == "relcl" and c.tag_ in ("WDT", "WP") else c
                         for c in token.children if c.dep_ == "nsubjpass"]  # fmt: skip
                heads = heads or ([token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else [])
        described = _owners_in_appositions(heads, paragraph)
        found = _entities_in([t for h in heads for t in _pruned_subtree(h) if t.i not in described], paragraph.entities)
        found = [e for e in found if not _demonym_of_other(e, heads)]
        places = [e for e in found if e.type == "PLACE"]
        countries = [e for e in found if e.type == "COUNTRY"]
        hosts = [e for e in found if e.type == "PERSON"] or [e for e in found if e.type == "ORG"]
        if moving:
            hosts = []  # one flies or heads to a place, not to a person ("headed on to Park")
        home = _countries_of_phrase(subject, paragraph)
        if len(found) >= 3 and len(countries) * 2 <= len(found):
            # "visits Manchester, Liverpool, Leicester …": a campaign tour of places, which the gold
            # does not count as visits. Whatever the names were typed (a city that is also a club
            # reads as an organisation, and the type vote moves with the corpus), a list that is not
            # mostly countries is such a tour, unless its cities are in two or more countries the
            # article names ("has flown to Baghdad, Geneva and Tehran": Iraq and Iran)
            stops = {c.entity_id: c for e in places if (c := actors.country_of(e.entity_id, paragraph, home))}
            stops |= {c.entity_id: c for c in countries}  # (a capital may be read as its country)
            if len(stops) >= 2:
                countries, places = list(stops.values()), []
            else:
                hosts = places = []
        if heads and all(h.lower_ in _WEB_PAGES for h in heads):
            return  # "visited the Norvik website": read, not travelled to
        if _tour_of_sites(heads, paragraph) and not countries:
            return  # "visiting constituencies in Somerset and Hampshire": sites of a kind, at home
        told = [h for h in heads if actors.a_country_told_of(h, paragraph)] if not countries else []
        visitor = actors.of(subject, paragraph) if told and subject is not None else None
        if told:
            # "arrived in Havana for his first visit to the Caribbean nation": the country the
            # sentence named, not a place in it; none when it named none
            if (country := _the_country_told_of(told[0], visitor, home, paragraph, actors)) is None:
                return
            countries = [EntitySpan(0, 0, country, "COUNTRY")]
            places = [e for e in places if not _entities_in(list(told[0].subtree), [e])]
        b_entities = countries or hosts
        # (the visit inside the subject's phrase names no home: "Ibarguren, on a visit to Brazil, and his host")
        inside = subject is not None and token.i in {t.i for t in subject.subtree}
        own = {actors.country_id(iso3, paragraph) for iso3 in home} if not inside else set()
        if countries and {e.entity_id for e in countries} <= own:
            return  # "Nigerian President X … during a visit to Kano, Nigeria": a trip at home
        place = places[0].entity_id if places else _place_of(token, paragraph, lower in _GOING) or stop_place
        if not b_entities and place is not None and (host := actors.country_of(place, paragraph, home)) is not None:
            b_entities = [host]  # "arrived in Beijing": China is the host, when the article names it
        where_told = [h for h in heads if h.lower_ not in _CALENDAR and not h.like_num]  # (not "on Tuesday")
        # (only of someone: not "the Chinese shipment arrived", "Syrian refugees arrived on Lesbos")
        arrived_here = _an_arrival_told_without_a_place(token) and not heads and _a_person(subject, paragraph)
        arrived_here = arrived_here and not _entities_in(_prep_objects(token, ("on", "at")), paragraph.entities)
        if (_a_visit_told_here(token) or arrived_here) and not where_told and not b_entities and not places:
            # "NEW DELHI — … during a visit by Japanese Prime Minister X": where the story was filed
            b_entities = [e for e in [_visited_where_filed(token, subject, home, paragraph, actors)] if e is not None]
        travel = (lower in _ARRIVE or lower in _HEAD_TO) and lower not in _WENT  # (went: only to a name)
        if not b_entities and not places and not (place is not None and (travel or token.pos_ == "NOUN")):
            return  # a visit needs whom, which country or which city was visited (or a city one arrived in)
    elif event_type == VISIT and token.pos_ == "NOUN":  # 043 by a noun: "received a visit from X"
        subject = _subject(token.head)
        b_entities = [e for e in _whom(_guests_of_host_noun(token), subject, paragraph, actors) if e.type == "PERSON"]
        place = _place_of(token, paragraph)
        if not b_entities:
            return
    elif event_type == VISIT:  # 043: the host received the guest
        # the guest is whom the object names, not the owner of a thing received ("received Danny
        # Murphy's free-kick", "received the minister's letter"; but "received his Ghanaian
        # counterpart, Kwabena Mensah" is the counterpart)
        # (one's counterpart is a person: "hosted his counterpart from Laos, Khamphoui Vongsavath")
        heads = [h for h in _objects(token, ()) if h.pos_ == "PROPN" or h.lower_ in _GUESTS
                 or not _a_thing_of_someone(h)]  # fmt: skip
        # "hosted visiting Ugandan Prime Minister Esther Nakabugo": the parser makes the guest the
        # object of "visiting", a complement of the host verb
        heads += guests_of_visiting(token, "xcomp")
        # (a person, not a thing received: "received spiritual support from the movement Opus Dei")
        heads = [h for h in heads if _a_guest(h)]
        if agents_of(token):  # "Ben Dorr was received by Ana Kell": the guest is the passive's subject
            # ("Mr Munro, who was received in Beijing by Zheng Lixin": the one the clause tells of)
            heads += [relative_noun(h) for h in _passive_subjects(token)]
        if not heads and not agents_of(token) and not any(c.dep_ == "dobj" for c in token.children):
            # "received on Monday at the Palace of the Revolution the Minister of Angola, Teresa
            # Kassoma": an object written after the verb's phrases, which the parser hangs on the
            # last of them as its apposition
            # (or on the title that the name itself follows: "…, the Minister …, Teresa Kassoma")
            late = _appositions_of_phrases(token)
            late += [n for a in late for n in a.children if n.dep_ == "appos"]
            heads = [a for a in late if _names(a, paragraph, "PERSON")][:1] or _guest_read_into_a_date(token, paragraph)
        # "hosted a delegation from Jinja, led by Mayor Robert Kasozi": the delegation's leader
        heads = [_leader_of_delegation(h) or _named_guest(h, token, paragraph) or h for h in heads]
        # (read as whom a praise is about: a pronoun, "he was received by", is the person it means;
        # not a name that is a clause's subject, "received the ambassadors of Spain and France,
        # Pilar Gomez and Henri Blanc said")
        b_entities = [e for e in _whom(heads, subject, paragraph, actors)
                      if e.type == "PERSON" and not _named_as_a_source(e, sentence, paragraph)]  # fmt: skip
        host = actors.of(subject, paragraph) if subject is not None else None
        if not b_entities and (leader := _leader_of_the_delegation_told(heads, paragraph, actors, host)):
            b_entities = [EntitySpan(0, 0, leader, "PERSON")]
        its = [h for h in heads if h.lower_ == "it"]
        if not b_entities and its and (leader := actors.delegation_greeted(its[0], paragraph)) is not None:
            b_entities = [EntitySpan(0, 0, leader, "PERSON")]  # "It was greeted at the airport by …"
        if not b_entities and (guest := _guest_by_office(heads, subject, paragraph, actors, host)) is not None:
            b_entities = [guest]
        # (the guest's own words: not a guest joined after it, "German Ambassador X and Economy Minister Y")
        own = {h.i: [*h.doc[h.left_edge.i : h.i + 1], *(t for c in h.children if c.dep_ == "appos" for t in c.subtree)]
               for h in heads}  # fmt: skip
        posted = {e.entity_id for h in heads if _posted_here(h) for e in _entities_in(own[h.i], paragraph.entities)}
        # (the passive's guest by office is read as the office's country above: "the Spanish leader
        # was received by …")
        guest_by_office = any(is_role_word(h) for h in heads) and len(b_entities) == 1
        guest_by_office = guest_by_office and b_entities[0].entity_id in actors.countries_of_article().values()
        if guest_by_office and (
            named := _people_of_the_country_before(b_entities[0].entity_id, heads, token, paragraph, actors)
        ):
            if len(named) > 1:
                return  # which of them, the office does not say
            # "Cuban Vice President X concluded a visit … the Cuban leader was received by Y": X
            b_entities, guest_by_office = [EntitySpan(0, 0, named[0], "PERSON")], False
        place = _place_of(token, paragraph)
        if not b_entities:
            return
    elif event_type == SIGN:
        if _a_signing_told_before(token):
            return  # "Speaking after the signing, Mr Gao praised …": when, of a signing the article told
        if token.pos_ == "NOUN" and lower != "signing" and (owners := _owners(token)):
            subject = owners[0]  # "its deal with SBC": the owner signed it
        heads = _objects(token, ("with", "between")) if lower != "signing" else _objects(token, ("of",))
        # ("signed a string of agreements": the agreements the count holds)
        heads = [_counted(h) if h.dep_ in ("dobj", "obj") else h for h in heads]
        things = [h for h in heads if h.dep_ in ("dobj", "obj") or h.head.lower_ == "of"]
        if lower in _PUT_A_SIGNATURE:  # "put their signatures to a memorandum": the memorandum
            heads = [h for h in heads if h.lower_ not in _SIGNATURES]
            things = _signed_with_a_signature(token)
        # "The treaty between Baltica and Norvik was signed on Monday": what was signed is the subject
        # (with its partner or its signers named: "a deal … was struck" alone is not; "signed off"
        # is approved)
        if not any(c.dep_ == "prt" for c in token.children):
            signers = bool(agents_of(token))
            # (or the noun set beside it: "The biggest, a £400m contract, was signed by …")
            told = [n for s in token.children if s.dep_ == "nsubjpass"
                    for n in (s, *(a for a in s.children if a.dep_ == "appos" and s.pos_ != "NOUN"))]  # fmt: skip
            things += [c for c in (_counted(s) for s in told)
                       if c.lower_ in _AGREEMENT_NOUNS
                       and (signers or _partners_of_the_agreement(c))]  # fmt: skip
            # "the treaty, signed by Chile and Peru in 1990", "the deal Norvik and Baltica signed":
            # the noun the clause tells of
            to_come = to_infinitive(token)  # "the treaty, to be signed"
            if (
                (token.head.lower_ in _AGREEMENT_NOUNS or _one_of_the_agreements(token.head))
                and not to_come
                and (token.dep_ == "relcl" or (token.dep_ == "acl" and signers))
            ):
                things.append(token.head)
        detail = _phrase_text(things[0]) if things else None
        if things and not any(h.head.lower_ in ("with", "between") for h in heads):
            # "signed a $1.2 billion order for eight LNG carriers with Haedong Shipbuilding": the
            # parser hangs the partner on a noun inside what was signed
            signed = things[0]
            inside = [t for t in signed.subtree if t.dep_ == "prep" and t.lower_ == "with" and t.head.i != signed.i]
            # (or a noun with the name set beside it: "a memorandum on the return of asylum seekers
            # with his Turkish counterpart, Selim Ergün")
            partner_inside = [g for t in inside for g in t.children if g.dep_ == "pobj"]
            heads += [g for g in partner_inside if g.pos_ == "PROPN" or _a_side_apposed(g, paragraph)][:1]
        # (not "with Aydogdu attending the ceremony": who looked on)
        partners = [h for h in heads if h not in things and not (h.head.lower_ == "with" and h.lower_ in _LOOKING_ON)]
        if lower in _SIGN and token.pos_ == "VERB":
            # "Norvik signed Tom Hale", "Tom Hale signed for Norvik": a club signs a player, a player
            # signs for a club (a contract made, with whom the object or the "for" phrase names)
            # (only with the one who signs named: "Leicester, who signed White" is read no further)
            if subject is not None and _entities_in([subject], paragraph.entities):
                hired = [t for t in things if _names(t, paragraph, "PERSON")]
                things = [t for t in things if t not in hired]
                partners += hired + [h for h in _prep_objects(token, ("for",)) if _names(h, paragraph, "ORG")]
        # "signed an agreement with China": the partner hangs from what was signed.
        # ("a deal totalling $375m with BoA units", "a deal worth $6bn with Qatar": through its value)
        valued = [v for t in things for v in t.children if v.dep_ in ("acl", "amod") and v.lower_ in _VALUED]
        # ("a memorandum of understanding with Baltica", "an agreement on cooperation with Peru": the
        # parser hangs the partner on the noun inside the agreement's name)
        inner = [g for t in things for g in _nouns_in_the_name(t)]
        partners += [g for t in things + valued + inner for c in t.children if c.dep_ == "prep"
                     and c.lower_ in ("with", "between") for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        if any(none_of(t) for t in things + _agreement_of(token)):
            return  # "reached no agreement", "no deal was struck between …"
        named_partner = bool(partners)
        # "struck a deal to supply Peugeot with …", "a deal to acquire 36 planes from ATR": whom the deal is with
        if not partners:
            # (the purpose the parser hangs on the deal, or on the signing right after the deal: "signed
            # a deal to buy the consultancy Brightwell", "a deal to supply turbines to Dongfang Airlines")
            purposes = [v for t in things if t.lower_ in _AGREEMENT_NOUNS for v in [*t.children, *(
                c for c in token.children if c.dep_ == "advcl" and c.i > t.i)]
                if v.dep_ in ("acl", "relcl", "advcl") and any(c.lower_ == "to" for c in v.children)]  # fmt: skip
            # (a side the model tagged: not "a deal to broadcast this year's Academy Awards", an event)
            objects = [o for v in purposes for o in _deal_partner_objects(v)]
            partners = [_apposed_name(o) or o for o in objects if _names_a_side(o, paragraph)]
            # (a name, or what a name describes, "to import Venezuelan fuel"; not "an agreement to
            # share intelligence on North Korean launches")
        bought = _agreed_purchase(token, paragraph) if lower in _AGREE else _bidder(token, paragraph)
        if lower in _BUY_SELL:  # "bought a 26% stake in Jagran in a deal worth …"
            things = [_deal_of(token)]
            # the deal's own partner first: "bought a stake in Norcom in a deal with Harlow"
            bought = _prep_objects(things[0], ("with",)) or _firm_traded(token, paragraph)
            detail = _phrase_text(things[0])
        if bought:
            partners = bought
        b_entities = _best_sides([e for h in partners for e in _partner_list(h, paragraph)])
        if not partners and not b_entities and subject is not None and any(_a_contract(t) for t in things):
            # "Arsenal manager Arsene Wenger has signed a new contract": with the club his
            # description names (a player's or a manager's contract is with his employer)
            b_entities = [e for e in _entities_in([c for c in subject.subtree if c.i != subject.i], paragraph.entities)
                          if e.type == "ORG"][:1]  # fmt: skip
        if partners and not b_entities and partners[0].pos_ != "PROPN":
            # "signed an agreement with the company", "struck a deal with him": a partner told of
            # by a noun or a pronoun is read as the side praised or criticised is (a name the model
            # missed stays an unknown side).
            b_entities = _whom(partners[:1], subject, paragraph, actors)
        if lower in _AGREE and not things and not bought and not b_entities:
            return  # "agreed to buy time", "agreed to buy a house": no firm bought
        if subject is not None and subject.lower_ in _AGREEMENT_NOUNS:
            subject = None  # "the deal concluded between …": what was signed, not who signed it
        between_only = bool(partners) and all(h.head.lower_ == "between" for h in partners)
        if token.dep_ == "acl" and token.tag_ == "VBN" and between_only:
            subject = None  # "welcomed the ceasefire reached between X and Y": not the welcomer's
        if subject is None:  # "a deal concluded between Rosneft and CNPC": both sides in one phrase
            between = [e for h in partners if h.head.lower_ == "between" for e in _head_entities(h, paragraph)]
            signatories = between if len({e.entity_id for e in between}) >= 2 else []
        elif (
            partners and all(h.head.lower_ == "between" for h in partners) and _coordinated_signers(subject, paragraph)
        ):
            # "an agreement between the government and the FRP was signed by President Arango and
            # rebel commander Mosquera": the two who signed, each for one of the sides named
            signatories, partners = _signatories(subject, paragraph, actors), []
        elif not named_partner and (
            any(_one_agreement(t) for t in things)
            or lower not in _SIGN
            or _deals_between_states(things, subject, paragraph)
        ):
            # Not "Ford and GM signed a letter to Congress", "both signed the Paris agreement",
            # "Kane and Sterling signed new contracts": each with someone else.
            own = _each_on_their_own(token, subject)
            signatories = [] if own else _signatories(subject, paragraph, actors)
            partners = partners if not signatories else []
        # A partner phrase naming no entity ("with 19 regional countries", "with creditors") is an
        # unnamed side; with no partner phrase at all, the partner is told elsewhere ("signed a deal
        # on China-UK tourism", "signed a contract extension"), and a row with none would be wrong.
        unnamed_b = bool(partners) and not b_entities
        # A charter, convention or treaty is signed by many, none of them the other side: "Russia
        # has signed the Energy Charter", "he also signed a communiqué".
        unnamed_b |= not partners and not signatories and any(t.lower_ in _INSTRUMENTS for t in things)
        between = _between_sides(partners, paragraph, actors)
        if lower == "signing" and len({e.entity_id for e in between}) < 2:
            # "the signing of the Nairobi accord by Congo and Rwanda": who signed, in the "by"
            # phrase of the signing or of what was signed
            between = [e for t in [token, *things] for h in _prep_objects(t, ("by",))
                       for e in _head_entities(h, paragraph)]  # fmt: skip
        unnamed_signers = subject is None or not _entities_in([subject], paragraph.entities)
        if (lower == "signing" or unnamed_signers) and len({e.entity_id for e in between}) >= 2:
            # "witnessed the signing of a deal between Norvik and Baltica": the two sides signed
            # it, not whoever watched; "the two sides signed an agreement between the IDCPC and
            # the PSR": the bodies it names, not the people just told of
            subject, signatories, b_entities = None, between, []
        elif lower == "signing":
            subject = _subject(token.head) if token.dep_ in ("pobj", "dobj") else subject
            if token.head.dep_ == "prep":
                subject = _subject(token.head.head)
            # (who signed, when a "by" says it: "the meeting ended with the signing of a protocol by
            # the two ministers")
            subject = next(iter(_prep_objects(token, ("by",))), subject)
            if negated(token.head.head if token.head.dep_ == "prep" else token.head):
                return  # "did not send a representative to the signing": no part in it
        place = _place_of(token, paragraph)
    else:  # SUPPORT, CRITICIZE
        if _a_noun(token, paragraph):  # "expressed support for X", "its support for X", "criticism of X by Y"
            subject, heads, unnamed_a = _noun_sides(token, code, paragraph)
        else:
            phrasal = _phrasal_preposition(token) if event_type == CRITICIZE else None
            preps = ("for", "of") if event_type == CRITICIZE or lower in _IDIOM_VERBS else ()
            preps = _CRITICAL.get(lower, preps)
            # (not a phrase before the verb: "Oliver Letwin, for the Tories, attacked …" speaks for them)
            heads = [h for h in _objects(token, (phrasal,) if phrasal else preps) if h.dep_ != "pobj" or h.i > token.i]
            if lower in _THROW:
                heads = _weight_behind(token)
            if lower in _RALLY:
                heads = _rallied_behind(token)
            if lower in _STAND:
                heads = _stood_by(token, paragraph)
            if lower in _IDIOM_VERBS and (spoken_for := _spoke_up_for(token)):
                heads = spoken_for
            # "Blair was criticised by Howard": the passive's subject is whom.
            passive_subjects = _passive_subjects(token)
            if any(a_name_missed(c, paragraph) for c in passive_subjects):
                return  # "Laporte has been criticised for France's tactics", Laporte untagged: not France
            if passive_subjects:  # "Lowe was criticised for Baltica's tactics": the "for" phrase is why
                heads = passive_subjects + [h for h in heads if h.head.lower_ != "for"]
            unnamed_giver = _passive_without_subject(token)
            if not heads and (done_to := _passive_by_someone_below(token)) is not None:
                heads = [done_to]  # "facing a ban after being charged by the USADA": the one facing it
            if unnamed_giver:
                # "The group found itself in trouble after being accused of fraud": whom is the
                # subject of the clause the passive hangs on, and no one is named as giver.
                heads, subject = [h for h in [subject] if h is not None], None
            elif event_type == CRITICIZE and (accused := _reduced_passive_of(token)) is not None:
                # "Ebbers is standing trial, accused of fraud", "four men held for years, accused
                # of links to al-Qaeda": whom the participle tells of, by no one named, unless its
                # "by" phrase names them ("Tom Hale, accused by Ann Lowe of lying")
                givers = agents_of(token)
                heads, subject, unnamed_giver = [accused], givers[0] if givers else None, not givers
            if lower in _BRAND:
                heads = _not_the_label(token, [h for h in _branded(token) if h not in heads] + heads)
            heads = [relative_noun(h) for h in heads]  # "the party, which he labelled a joke"
            if (
                token.dep_ == "relcl"
                and token.head.lower_ in _MOVES
                and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in token.children)
            ):
                heads = [token.head]  # "signed a pact, a move (that) China condemned": the move
            # (support too, from people or bodies named only by kind: "head teachers have backed
            # the Tomlinson proposals", "unions backed Mr Brown")
            if event_type == CRITICIZE:
                unnamed_a = subject is not None and subject.lower_ in _GENERIC_PEOPLE
                unnamed_a |= _leaders_of_a_region(subject, paragraph)  # "African leaders condemned …"
                # "Chinese exporters accused Brussels": people of a country, but not it
                unnamed_a |= subject is not None and a_group_of_a_country(
                    subject, _entities_in(list(subject.subtree), paragraph.entities)
                )
            else:
                by_kind = subject is not None and _conjoined_words(subject) <= _GENERIC_PEOPLE | _UNNAMED_GROUPS
                unnamed_a = by_kind
            # "The four were accused of …", "Chelsea have been criticised": criticism whose giver no
            # one names.
            passive = unnamed_giver or any(c.dep_ == "nsubjpass" for c in token.children)
            unnamed_a |= event_type == CRITICIZE and passive and subject is None
        if code == "053" and _a_court(subject):
            return  # "the Court of Appeal backed the Home Office": a ruling for a side, not support
        # (a deed condemned again with "the" is its doer's; support of "the proposals" names no one:
        # the BBC gold's reading, business/252)
        b_entities = _whom(heads, subject, paragraph, actors, criticism=event_type == CRITICIZE)
        if (close := _dash_closing(token, sentence)) is not None:
            # "Schiffer - who was supporting her husband Matthew Vaughn - Troy actress Diane
            # Kruger and …": the parser runs the object on past the closing dash
            b_entities = [e for e in b_entities if e.char_end <= close or e.char_start == e.char_end == 0]
        detail = _phrase_text(heads[0]) if heads else None
        # "accused some critics": criticism of people no one names is still told; support is not.
        # "Branded the decision unacceptable": criticism of what someone unnamed said or decided.
        unnamed_b = event_type == CRITICIZE and not b_entities and bool(heads)
        unnamed_b = unnamed_b and (
            heads[0].lower_ in _GENERIC_PEOPLE | _UNNAMED_GROUPS
            or (heads[0].lower_ in _STATEMENT_NOUNS and (lower not in _BLAME or _definite(heads[0])))
        )
        # "denounced her father's actions", "attacked the government's failure": what someone told
        # of did is theirs, an unknown side when the owner is no entity, not an unnamed one
        owned = bool(heads) and heads[0].lower_ in _STATEMENT_NOUNS and any(_an_owner(c) for c in heads[0].children)
        unnamed_b = unnamed_b and not owned
        unnamed_a = unnamed_a and (event_type == CRITICIZE or (by_kind and bool(b_entities)))
        if not b_entities and not unnamed_b:
            return
    # "officials of the two governments signed": the pair they act for
    subject = (
        next((o for o in _prep_objects(subject, ("of", "from")) if _pair_subject(o)), subject)
        if (subject is not None and subject.lower_ in ACTING_FOR_THEIR_SIDES)
        else subject
    )
    pair_partner = [h for h in (heads if event_type == SIGN else []) if _pair_subject(h)]
    if event_type == SIGN and signatories:
        a_ids, b_entities, partners = [signatories[0].entity_id], signatories[1:], signatories
    elif (_pair_subject(subject) and not b_entities) or (pair_partner and subject is None):
        pair = actors.pair_near(subject if _pair_subject(subject) else pair_partner[0], paragraph)
        if pair is None:
            return
        if event_type in (SUPPORT, CRITICIZE):
            # "the two leaders criticised the budget": each criticised it, not each other
            a_ids = list(pair)
        else:
            a_ids, b_entities = [pair[0]], [EntitySpan(0, 0, pair[1], "PERSON")]
    elif (
        event_type == SIGN
        and not b_entities
        and the_office_holders(subject, paragraph)
        and (pair := actors.holders_met(subject))
    ):
        # "X received his counterpart Y … The ministers signed three agreements": the two who met
        a_ids, b_entities = [pair[0]], [EntitySpan(0, 0, pair[1], "PERSON")]
    elif _pair_subject(subject) and (pair := actors.pair_near(subject, paragraph)):
        # "between Egypt and Israel, the two countries have signed a protocol with the US": both, with the US
        a_ids = [e for e in pair if e not in {b.entity_id for b in b_entities}]
    elif subject is not None and (members := actors.they(subject, paragraph)):
        a_ids = list(members)  # "They expressed gratitude to China": the last sentence's plural subject
    elif subject is not None and any(c.dep_ == "conj" for c in subject.children):
        a_ids = [e.entity_id for e in _head_entities(subject, paragraph)] or [actors.of(subject, paragraph)]
    elif subject is not None and len(joined := _each_of_the_antecedents(subject, paragraph)) > 1:
        a_ids = joined  # "X and Y, who both arrived in Washington": each of them
    elif subject is not None and len(listed := _listed_in_apposition(subject, paragraph)) > 1:
        a_ids = listed  # "Two Labour backbenchers, Gwen Harper and Ian Stott, have rounded on …": each
    elif subject is not None and (led := _led_countries(subject, paragraph)):
        a_ids = led  # "congratulated by the leaders of Algeria and Libya": each country
    else:
        a_ids = [actors.of(subject, paragraph)] if subject is not None else [None]
        if subject is not None and a_group_of_a_country(
            subject, _entities_in(list(subject.subtree), paragraph.entities)
        ):
            a_ids = [None]  # "Chinese exporters accused Brussels": people of a country, not it
        if a_ids == [None] and subject is not None:  # "leaders of Caribbean countries": the members named
            a_ids = actors.group_members(subject) or [None]
    if a_ids == [None] and not unnamed_a and subject is not None and subject.pos_ == "PROPN":
        # "Shell has signed a deal with Qatar": a side the model did not tag is unknown, not unnamed
        # (only SIGN writes a row with no side A from its subject; the other types skip it below)
        return
    date = _date_of(token, sentence, paragraph, anchor, vague_dates.get(paragraph.paragraph_no, []))
    text = paragraph.text[slice(*sentence_bounds(sentence))]  # as written, not as parsed (`cues.parse_text`)
    for a in a_ids:
        targets = [e.entity_id for e in b_entities if e.entity_id != a] or [None]
        if event_type == SIGN and targets == [None] and not partners and not unnamed_b and a is not None:
            # "Mr Straw, visiting Beijing, … also signed a deal on tourism": with no partner phrase,
            # the side A last met, visited or signed with in the article, if any.
            targets = [actors.counterparts.get(a)]
        # (an office with no name set beside it, held for a country: not "Karnataka's chief
        # minister, H S Gowda", nor a state's)
        by_office = code == "043" and subject is not None and is_role_word(subject)
        by_office = by_office and not any(c.dep_ == "appos" for c in subject.children)
        by_office = by_office and any(e.entity_id == a and e.type == "COUNTRY" for e in paragraph.entities)
        for b in targets:
            if a is None and b is None:
                continue
            if a is None and event_type != SIGN and not unnamed_a:
                continue
            if b is None and event_type in (SUPPORT, CRITICIZE, SIGN) and not unnamed_b:
                continue
            yield Event(
                paragraph.paragraph_no,
                event_type,
                code,
                a,
                b,
                place,
                date,
                text,
                token.text,
                detail,
                by_office,
                guest_by_office,
                by_a_delegation,
                b in posted,
            )
        if (
            code == "043"
            # (nor one told by office alone: the article tells its visit in words of its own, and a
            # visit read from the reception put a wrong row on an unread set)
            and not guest_by_office
            and a is not None
            and (host := _host_country(a, subject, place, paragraph, actors))
        ):
            # the guests' visit to the host's country, in the words of the gold: "Ghariani received
            # Mr Petrie in Tripoli" is Petrie's visit to Libya (`extraction.article_events` keeps
            # it for the hosting row, after the reception's meeting is read)
            for guest in targets:
                if guest is None or guest == host or guest in posted:
                    continue  # (an ambassador received where posted made no journey)
                if not _from_there(guest, host, sentence, paragraph, actors):
                    yield Event(paragraph.paragraph_no, VISIT, "042", guest, host, place, date, text, token.text)


def _the_country_told_of(noun, visitor: str | None, home: set[str], paragraph: ParagraphIn, actors: Actors):
    """The country a visitor went to, told of by a noun: the last one its sentence names before it
    as where someone went, by name or by a city in it ("in", "to", "into"), other than the
    visitor's own (`home`, ISO alpha-3 of the visitor's phrase, or their nationality): "flew to
    Jordan on Monday, his first visit to the country", "arrived in Havana for his first visit to
    the Caribbean nation"; not "Ronaldo, who left Spain, arrived in the country", nor "Hu praised
    the United States before touring the country". Where the sentence names none, the dateline's,
    if the article says where the visitor is from and it is elsewhere (else the dateline's is as
    often the visitor's own: "LONDON — Beckham, who arrived in the country on Friday")."""
    own = home | (actors.nationality(visitor) if visitor is not None else set())
    exclude = {actors.country_id(iso3, paragraph) for iso3 in own} | {visitor}
    sentence = noun.sent
    gone_to = [t for t in sentence if t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "into") and t.i < noun.i]
    # (with none, the dateline's, for a visitor the article says is from elsewhere: "HAVANA — Angolan
    # Foreign Minister X arrived in the country on Monday")
    # (not for a tour, which is as often of one's own country: "LONDON — Musharraf, who toured the
    # country after the earthquake")
    touring = noun.head.head if noun.head.lower_ == "of" else noun.head
    toured = touring.lower_.startswith("tour")
    dateline = paragraph.dateline_place_entity if not toured else None
    filed = actors.country_of(dateline, paragraph) if dateline else None
    found = filed.entity_id if filed is not None and own and filed.entity_id not in exclude else None
    for e in _entities_in(gone_to, paragraph.entities):
        if e.type == "COUNTRY":
            country = e.entity_id
        elif e.type == "PLACE" and (of_place := actors.country_of(e.entity_id, paragraph)) is not None:
            country = of_place.entity_id
        else:
            continue
        if country not in exclude:
            found = country
    # (only for a visitor who is someone: not a country the parser made the subject)
    someone = visitor is not None and not any(
        e.entity_id == visitor and e.type == "COUNTRY" for e in paragraph.entities
    )
    return found or (_the_one_country_before(noun, exclude, paragraph) if someone and not toured else None)


def _a_visit_told_here(noun) -> bool:
    """A visit or trip this sentence tells of with whoever made it: "during a visit by X", "X's
    visit", "during a visit"; not "the visit" or "the trip" alone, told before ("Russia has not
    commented on the visit"), nor a tour, of more countries than one ("his Latin American tour")."""
    if noun.pos_ != "NOUN" or noun.lower_ not in ("visit", "trip"):
        return False
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    return not determined or bool(_owners(noun))  # (its owner or maker: "X's visit", "the visit by X")


def _an_arrival_told_without_a_place(verb) -> bool:
    """ "The Russian delegation had arrived on Sunday evening", "flew in from Kyiv on Monday": an
    arrival with no destination written, which wire copy tells of where it is filed (not "arrived
    home", "flew back", "travelled widely")."""
    if verb.pos_ != "VERB" or verb.lower_ not in _ARRIVE | _HEAD_TO:
        return False
    if verb.lower_ in _HEAD_TO and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in verb.children):
        return False  # (a flight arrives only "in")
    return not any(c.lower_ in ("home", "back", "widely", "abroad", "overseas") for c in verb.children)


def _visited_where_filed(noun, subject, home: set[str], paragraph: ParagraphIn, actors: Actors) -> EntitySpan | None:
    """The country of the dateline, for a visit whose sentence names no place, by a visitor the
    article says is from elsewhere ("NEW DELHI — Japan and India signed … during a visit by
    Japanese Prime Minister X"); None when the visitor's country is unknown or is the dateline's
    ("LONDON — … during his visit, Blair said": as often a trip at home)."""
    visitor = actors.of(subject, paragraph) if subject is not None else None
    own = home | (actors.nationality(visitor) if visitor is not None else set())
    if visitor is None or not own or paragraph.dateline_place_entity is None:
        return None
    filed = actors.country_of(paragraph.dateline_place_entity, paragraph)
    exclude = {actors.country_id(iso3, paragraph) for iso3 in own} | {visitor}
    if filed is None or filed.entity_id in exclude:
        return None
    # (not where the clause the visit is told in has the visitor's own country as a side, and not the
    # dateline's: "WASHINGTON — … the deal Iraq signed with Iran during a visit by Iranian President
    # X" was a visit to Iraq; but "SEOUL — North Korea fired missiles during a visit by US envoy X")
    told = {e.entity_id for e in _entities_in(_sides_of_the_clause(noun), paragraph.entities) if e.type == "COUNTRY"}
    own_side = told & (exclude - {visitor})
    return None if own_side and filed.entity_id not in told else filed


def _sides_of_the_clause(noun) -> list:
    """The subjects and objects (with their conjuncts) of the clause a noun is told in: its nearest
    verb's, or the verb above an infinitive's ("Egypt pledged to help Sudan during a visit by …");
    not possessors ("Israel's concerns were raised during a visit by …")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb is None:
        return []
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # (and whom "with" or "between" names, on the verb or its object: "signed a gas deal with Iran")
    heads += [g for n in (verb, *heads) for c in n.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return [t for h in heads for t in conjuncts(h)]


# Verbs of leaving a place: the country left is not the one arrived in.
_LEAVING = _verb("leave", "depart", "quit") | _forms("left flee flees fled fleeing")


def _the_one_country_before(noun, exclude: set, paragraph: ParagraphIn) -> str | None:
    """The country "the country" of a visit means when its sentence names one country before it,
    whatever the words ("condemned the Sudanese government's failure … during a two-day visit to the
    country", "German Chancellor X praised Vietnam's reforms during a visit to the country"); None when
    it names two or more besides the visitor's own, or only that."""
    before = [e for e in paragraph.entities if e.type == "COUNTRY" and noun.sent.start_char <= e.char_start < noun.idx]
    # (not one left: "Ronaldo, who left Spain on Friday, arrived in the country")
    left = {t.idx for t in noun.sent if t.head.lower_ in _LEAVING or (t.head.lower_ == "from" and t.dep_ == "pobj")}
    named = {e.entity_id for e in before if e.char_start not in left} - exclude
    return next(iter(named)) if len(named) == 1 else None


# Offices held in the country one is posted to: their holder received there made no journey.
_POSTED = _forms("ambassador ambassadors chargé chargée consul consuls")


def _posted_here(guest) -> bool:
    """Is a guest an ambassador, a chargé d'affaires or a consul ("the Cuban ambassador, X",
    "Cuban ambassador X", "X, Cuba's ambassador to Brazil")? Received by the host country's people,
    such a guest is met, not visiting: posted there (the golds' convention)."""
    words = [guest, *(c for c in guest.children if c.dep_ in ("compound", "appos"))]
    words += [guest.head] if guest.dep_ == "appos" else []  # (the name read for its office's apposition)
    return any(w.lower_ in _POSTED for w in words)


def _each_of_the_antecedents(subject, paragraph: ParagraphIn) -> list[str]:
    """The sides a relative clause tells of, where "both" or "all" in it says it is about each of
    the joined names it hangs on ("X and Y, who both arrived in Washington"); else none (a clause on
    the last name alone: "X and Y, who arrived on Friday" may be Y's)."""
    verb = subject.head
    if subject.lower_ not in ("who", "which", "both", "all") or verb.dep_ != "relcl":
        return []
    if not any(
        c.lower_ in ("both", "all") and c.dep_ in ("nsubj", "advmod", "preconj", "det", "dep") for c in verb.children
    ):
        return []
    noun = verb.head
    while noun.dep_ == "conj":
        noun = noun.head
    return list(dict.fromkeys(e.entity_id for e in _head_entities(noun, paragraph)))


def _guest_by_office(heads, subject, paragraph: ParagraphIn, actors: Actors, host: str | None) -> EntitySpan | None:
    """The country of a guest told by office alone, with one country and no name set beside it:
    "received the Polish prime minister", "Italy's defence minister was welcomed by …". Not a
    guest of the host's own country ("the president received the Ghanaian ambassador", after
    "Ghanaian President X"), nor an office of no country ("received the foreign minister")."""
    offices = [h for h in heads if is_role_word(h) and not any(c.dep_ == "appos" for c in h.children)]
    if len(offices) != 1 or any(e.type == "PERSON" for e in _entities_in(list(offices[0].subtree), paragraph.entities)):
        return None
    countries = {e.entity_id for e in _whom(offices, subject, paragraph, actors) if e.type == "COUNTRY"}
    # (or the one its own phrase names, where the office is read as no one's: "the Cuban ambassador")
    countries = countries or {
        actors.country_id(iso3, paragraph) for iso3 in _countries_of_phrase(offices[0], paragraph)
    }
    countries.discard(None)
    home = _countries_of_phrase(subject, paragraph) | (actors.nationality(host) if host else set())
    home_ids = {actors.country_id(iso3, paragraph) for iso3 in home} | {host}
    if len(countries) != 1 or countries & home_ids:
        return None
    # (an envoy "to" a country other than the host's is the host's own: "Prime Minister X received
    # the British ambassador to France")
    posted_to = {e.entity_id for o in _prep_objects(offices[0], ("to",))
                 for e in _entities_in(list(o.subtree), paragraph.entities) if e.type == "COUNTRY"}  # fmt: skip
    if posted_to and not posted_to & home_ids:
        return None
    return EntitySpan(0, 0, next(iter(countries)), "COUNTRY")


def _people_of_the_country_before(country: str, heads, token, paragraph: ParagraphIn, actors: Actors) -> list[str]:
    """The people the article named before `token` with the country as their office's ("Cuban Vice
    President X", "X, Angola's foreign minister"), whom an office of that country told after may mean."""
    iso3 = next((iso3 for iso3, entity_id in actors.countries_of_article().items() if entity_id == country), None)
    here = [e.entity_id for e in paragraph.entities if e.type == "PERSON" and e.char_end <= token.idx]
    named = dict.fromkeys(actors.recent_people + here)
    office = next((h for h in heads if is_role_word(h)), None)
    # (who holds that office, by its words: not "Foreign Minister X arrived … received the
    # Australian trade minister"; "the leader" is any of them, as a vice president led a visit)
    words = []
    if office is not None and office.lower_ != "leader":
        words = [role_key(c.text) for c in office.children if c.dep_ in ("amod", "compound") and not iso3_for(c.text)]
        words.append(role_key(written_word(office)))
    return [p for p in named if iso3 is not None and iso3 in actors.nationality(p)
            and set(words) <= actors.roles.every_word(p)]  # fmt: skip


def _host_country(host: str, subject, place: str | None, paragraph: ParagraphIn, actors: Actors) -> str | None:
    """The country a host received guests in, as an entity id: the host itself when it is a
    country ("the UAE received"); the one country the host's phrase or the article writes with the
    host's name ("Libyan Prime Minister Ali Ghariani received", "Turkish President Kemal Aydin …
    Aydin received"); else the country of the place ("received her in Ankara"), or of the
    dateline's. None when unknown, or when the host's name comes with two countries."""
    if any(e.entity_id == host and e.type == "COUNTRY" for e in paragraph.entities):
        return host
    countries = _countries_of_phrase(subject, paragraph) | actors.nationality(host)
    if len(countries) == 1:
        return actors.country_id(next(iter(countries)), paragraph)
    # (else where the story was filed: "HAVANA, May 12 — X welcomed at the Capitol a delegation …")
    filed = paragraph.dateline_place_entity if _hosted_where_filed(subject, paragraph, actors) else None
    where = place or filed
    if not countries and where is not None and (found := actors.country_of(where, paragraph)) is not None:
        return found.entity_id
    return None


# A meeting abroad or of an international body's official: "At the Non-Aligned summit in Kuala
# Lumpur, …", "UN Secretary-General Kofi Annan received …".
_AWAY = re.compile(r"\b(?:summit|conference|forum|sidelines|assembly in|talks in)\b", re.IGNORECASE)
_INTERNATIONAL = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|EU|European|African Union|AU|ASEAN|Nato|NATO|OAS|Commonwealth|World|"
    r"International|Secretary-General|secretary-general)\b"
)
_IN_A_COUNTRY = r"\b(?:in|to|into|visiting|visit to|arrived in|travelled to|flew to)\s+(?:the\s+)?$"


def _hosted_where_filed(subject, paragraph: ParagraphIn, actors: Actors) -> bool:
    """Did a host of no known country receive the guest where the story was filed? Not at a
    summit or conference, not as an international body's official, and not after the article took
    the story elsewhere ("WASHINGTON — Rice travelled to Islamabad. There, Musharraf received her";
    "CARACAS — A Cuban brigade is in Bolivia. Evo Morales received …")."""
    if subject is None or paragraph.dateline_place_entity is None:
        return False
    sentence = subject.sent
    host_phrase = " ".join(t.text for t in subject.subtree)
    if _AWAY.search(sentence.text) or _INTERNATIONAL.search(host_phrase):
        return False
    filed = actors.country_of(paragraph.dateline_place_entity, paragraph)
    told = [(p, len(p.text)) for p in actors.paragraphs_before(paragraph)] + [(paragraph, sentence.end_char)]
    # (the story from its dateline on: a site's introduction before it is another's words)
    opens = [i for i, (p, _) in enumerate(told) if parse_dateline(p.text) is not None]
    for p, upto in told[opens[-1] if opens else 0 :]:
        for e in p.entities:
            if e.char_end > upto or e.type not in ("PLACE", "COUNTRY") or (filed and e.entity_id == filed.entity_id):
                continue
            # (a city whose country the article names, other than the dateline's)
            country = actors.country_of(e.entity_id, p) if e.type == "PLACE" else None
            elsewhere = country is not None and country != filed
            gone_to = e.type == "COUNTRY" and re.search(_IN_A_COUNTRY, p.text[max(0, e.char_start - 20) : e.char_start])
            if elsewhere or gone_to:
                return False
    return True


def _from_there(guest: str, country: str, sentence, paragraph: ParagraphIn, actors: Actors) -> bool:
    """Is the guest of the host's own country, by the article's titles of the guest or the guest's
    phrase in this sentence ("received Egyptian opposition leader Ayman Nour")? A reception at
    home is no visit."""
    spans = [e for e in paragraph.entities if e.entity_id == guest]
    names = [t for t in sentence if any(e.char_start <= t.idx < e.char_end for e in spans)]
    heads = [t for t in names if t.head not in names or t.head == t]  # the name's head word
    countries = actors.nationality(guest).union(*(_countries_of_phrase(t, paragraph) for t in heads))
    return any(actors.country_id(iso3, paragraph) == country for iso3 in countries)


_DEFINITE = _forms("the this that these those its his her their our your")


def _a_thing_of_someone(noun) -> bool:
    """ "The minister's letter", "Murphy's free-kick": a thing with its owner, not a person ("his
    counterpart", "the minister's guest, Ana Kell")."""
    person = noun.lower_ in _PERSON_WORDS or any(c.dep_ == "appos" for c in noun.children)
    return not person and any(c.dep_ == "poss" for c in noun.children)


def _definite(noun) -> bool:
    """ "The decision", "its policy": a thing someone made, unlike "weak demand", "a poor performance"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children)


def _tour_of_sites(heads, paragraph: ParagraphIn) -> bool:
    """ "Visiting constituencies in Somerset and Hampshire", "toured factories in the north": what
    is visited is places of a kind, counted or not, no one named (a campaign tour, which the gold
    does not count; "visited refugee camps in Sudan" still visits Sudan, a country)."""
    return bool(heads) and all(h.tag_ == "NNS" and h.lower_ not in _COUNTRY_WORDS
                               and not _entities_in([h], paragraph.entities) for h in heads)  # fmt: skip


# What is visited on the web: "visited the Norvik website", "the page was visited by …".
_WEB_PAGES = _forms("website websites site sites page pages webpage webpages blog blogs forum forums homepage")
# A tour of these is a visit to each ("touring South East Asian countries").
_COUNTRY_WORDS = _forms("countries nations states capitals")


def _conjoined_words(head) -> set[str]:
    """The head words of a phrase and of its conjuncts: "universities and head teachers"."""
    return {h.lower_ for h in conjuncts(head)}


# Who rules rather than takes sides: "the Court of Appeal backed the Home Office". (Their praise is
# still praise: "the judge praised the jury".)
_COURT_WORDS = _forms("court courts judge judges tribunal tribunals justices magistrates")


# Who leads, by office, in the plural: "African leaders", "Gulf ministers".
_BLOC_REGIONS = frozenset({"european", "arab"})
_LEADING_PEOPLE = _forms("leaders heads presidents premiers ministers")


def _leaders_of_a_region(subject, paragraph: ParagraphIn) -> bool:
    """Leaders of a region, which no country or body their phrase names: critics no one names, as
    the gold writes them ("African leaders meeting in Addis Ababa condemned …", "Southeast Asian
    leaders"; not "EU leaders", "Kenyan ministers", "the two leaders", "Labour leaders")."""
    if subject is None or subject.lower_ not in _LEADING_PEOPLE or subject.tag_ != "NNS":
        return False
    mods = [c for c in subject.children if c.dep_ in ("amod", "compound")]
    if not mods or any(c.dep_ in ("nummod", "det", "poss", "predet", "preconj") for c in subject.children):
        return False
    words = [t for c in mods for t in c.subtree] + [t for o in _prep_objects(subject, ("of",)) for t in o.subtree]
    # (nor a region whose states the gold reads as their bloc: "European leaders" are the EU's)
    national = any(is_demonym(t.text) or iso3_for(t.text) or t.lower_ in _BLOC_REGIONS for t in words)
    # (a region's adjective the model typed is no side: "Southeast Asian")
    return not national and not [e for e in _entities_in(words, paragraph.entities) if e.type in _SIDE_TYPES]


def _a_court(subject) -> bool:
    """Is the giver, by its head word or its conjuncts', a court or a judge ("the Court of Appeal",
    not "Tom Reid, a former judge")?"""
    return subject is not None and any(h.lower_ in _COURT_WORDS for h in conjuncts(subject))


# A host's verbs (`_HOST`), and those of a guest's welcome: "was received by", "was welcomed by".
_RECEIVED = _HOST | _forms("welcomed greeted met entertained")


def _people_of(noun, paragraph: ParagraphIn) -> list:
    """The "of" phrases of a visit that name a person or a delegation: "the visit of President X",
    "the visit to Caracas of X" (which the parser hangs on the place), "the visit to Cuba of a
    delegation of the MPLA"."""
    people = [e for e in paragraph.entities if e.type == "PERSON"]
    places = _prep_objects(noun, ("to",))
    return [h for n in (noun, *places) for h in _prep_objects(n, ("of",))
            if _entities_in([h], people) or h.lower_ in _DELEGATIONS]  # fmt: skip


def _asker_on_a_visit(noun):
    """The verb of asking a visit is told beside, when the one who asked made it
    (`factuality.asked_beside_a_visit`): a visit of no one's ("urged Greece to resume talks during a
    visit to Athens"), or one whose owner may be the asker named ("urged firms to invest during his
    visit to Kenya"), not one of a person urged by a group ("Activists urged the prime minister to
    raise rights during his visit to China": his visit, maybe still to come)."""
    asker = asked_beside_a_visit(noun)
    if asker is None or not any(c.dep_ == "poss" for c in noun.children):
        return asker
    subject = _subject(asker)
    return asker if subject is not None and subject.pos_ == "PROPN" else None


def _visitor_of_adjunct(noun, owner, paragraph: ParagraphIn, actors: Actors):
    """ "X met Y in Oslo, on his first visit to Norway": one is "on" a visit as the clause's
    subject, not as the last man named (Y), when the pronoun's sex allows. "During his visit" after
    the clause only dates it, and is as often the object's ("Xi met the Greek prime minister during
    his visit to China"); before the subject it is the subject's ("During her visit to Peru, Ana
    Kell met …"). A visit "for" which one is thanked is whom the pronoun means."""
    prep = noun.head
    if (
        owner is None
        or owner.lower_ not in ("his", "her")
        or noun.dep_ != "pobj"
        or prep.lower_ not in ("on", "during")
    ):
        return None
    if prep.head.pos_ not in ("VERB", "AUX"):
        return None
    # one is on a visit as the clause's subject, even a passive's of a host's verb ("During his visit,
    # Aydin was received by the president": Aydin's visit, not the president's; but not "During his
    # visit to Harare, Tendai Biti was arrested")
    passive = [c for c in prep.head.children if c.dep_ == "nsubjpass" and prep.head.lower_ in _RECEIVED]
    if (subject := passive[0] if passive else _subject(prep.head)) is None:
        return None
    if prep.lower_ == "during" and prep.i > subject.i:
        return None
    who = actors.of(subject, paragraph)
    known = actors.people.get(who, Person()).gender if who else None
    person = who in actors.people or _a_person(subject, paragraph)  # "her" is no firm's
    return subject if who is not None and person and known in (None, _PRONOUNS[owner.lower_]) else None


# Who is received besides a person by office or trade: "received his Ghanaian counterpart".
_GUESTS = _forms("counterpart counterparts guest guests visitor visitors delegate delegates")


def _a_signing_told_before(noun) -> bool:
    """ "After the signing", "at the signing": a time told by a signing named again with "the" and
    nothing of its own (not "after the signing of the treaty by A and B", told here)."""
    return (
        noun.lower_ == "signing"
        and noun.pos_ == "NOUN"
        and with_the(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("after", "before", "since", "following", "at", "during")
        and not any(c.dep_ in ("prep", "poss") for c in noun.children)
    )


def _leader_of_the_delegation_told(heads, paragraph: ParagraphIn, actors: Actors, host: str | None) -> str | None:
    """Who led the delegation a host received, where the guest is a bare "the delegation" told of
    before: "A delegation … led by Bounmy Keovongsa arrived in Pyongyang. Kim Song Chol received the
    delegation on Friday": the leader of a delegation "led by" someone, named last before the
    sentence (not "the Cuban delegation", "the delegation of Keidanren": another; not one the host
    led abroad)."""
    # (or "the visitors", "the guests": "… arrived here. The visitors were received by Y")
    bare = [h for h in heads if h.lower_ in _DELEGATIONS | _THE_GUESTS and with_the(h) and not any(
        c.dep_ in ("amod", "compound", "prep", "poss", "nmod") for c in h.children)]  # fmt: skip
    if not bare:
        return None
    leader = led_a_delegation_before(_told_before_the_sentence(bare[0], paragraph, actors))
    return leader if leader != host else None


def _named_guest(noun, verb, paragraph: ParagraphIn):
    """The person an apposition names for a guest told by office or relation: "hosted the
    Taoiseach, Ciarán Ó Súilleabháin" (whom the model may type an organisation), "hosted his
    counterpart from Laos, Khamphoui Vongsavath" (the parser hangs the name on the verb's next
    phrase); None when no person is named so."""
    appos = [c for c in noun.children if c.dep_ == "appos"]
    if not appos and noun.lower_ in _GUESTS | _PERSON_WORDS:
        appos = _appositions_of_phrases(verb, after=noun.i)[:1]
        # (or as the verb's adverb: "received his Argentine counterpart, Martina Echeverría Lanús,")
        appos += [a for a in verb.children if a.dep_ == "npadvmod" and a.i > noun.i][:1]
    return next((a for a in appos if _names(a, paragraph, "PERSON")), None)


def _appositions_of_phrases(verb, after: int = -1) -> list:
    """Names the parser hung as appositions on the objects of a verb's prepositional phrases (those
    after position `after`): "received on Monday at the Palace the Minister of Angola, X", "hosted
    his counterpart from Laos, X"."""
    return [a for p in verb.children if p.dep_ == "prep" and p.i > after for o in p.children
            if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]  # fmt: skip


def _passive_subjects(verb) -> list:
    """The subject of a passive verb, or of the verb it is the second half of when it has none of its
    own: "Ana Kell held talks with Ben Dorr and was received by the president" (the parser gives
    "received" no subject; Ana Kell was received), or of the verb its "before" or "after" phrase
    hangs on ("met Ben Dorr after being received by the president")."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or not any(c.dep_ == "auxpass" for c in verb.children):
        return own
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "signed the accord with Diouf before being received by the Senegalese president": the
        # subject of the clause the phrase hangs on
        return [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    if verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def _guests_of_host_noun(noun) -> list:
    """The guest of a host's noun: a visit received "from" someone ("received a visit from
    Albanese"), a meal given "for" or "in honour of" someone ("hosted a state banquet for Yoon").
    The parser may hang the phrase on the verb. Empty for any other noun: a visit paid, "hosted a
    dinner for charity" (no person: the 043 branch keeps people only)."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return []
    if noun.lower_ in _VISIT_NOUNS and verb.lower_ in _RECEIVE_A_VISIT:
        preps = ("from",)
    elif noun.lower_ in _MEALS and verb.lower_ in _HOST_A_MEAL:
        preps = ("for",)
    else:
        return []
    heads = [h for n in (noun, verb) for h in _prep_objects(n, preps)]
    honour = [h for n in (noun, verb) for h in _objects(n, ("in",)) if h.lower_ in ("honour", "honor")]
    # (the parser may hang "of" on the meal: "gave a dinner in honour of Milei")
    honoured = [g for h in [*honour, noun] if honour for g in _prep_objects(h, ("of",))]
    # a person, not an occasion of theirs ("hosted a banquet for Li Wei's 80th birthday")
    return [h for h in heads + honoured if h.pos_ in ("PROPN", "PRON") or h.lower_ in _PERSON_WORDS | _GUESTS]


def _leader_of_delegation(noun):
    """The name in "a delegation (from Lagos State) led by Commissioner Okonkwo-Bello": the "by"
    phrase of the participle that says who led it; None for any other phrase."""
    if noun.lower_ not in _DELEGATIONS:
        return None
    # (the parser may hang the participle on the place it comes from: "from Jinja, Uganda, led by")
    led = [v for v in noun.subtree if v.dep_ == "acl" and v.lower_ in ("led", "headed")]
    return next((g for v in led for g in agents_of(v)), None)


def _a_citys_airport(noun, paragraph: ParagraphIn) -> bool:
    """ "Kuala Lumpur International Airport": an airport named after a city (not "Heathrow", "Nnamdi
    Azikiwe International Airport", named after no city)."""
    named = _entities_in(list(noun.subtree), paragraph.entities) if noun.lower_ == "airport" else []
    return any(airport_countries(paragraph.text[e.char_start : e.char_end]) for e in named)


# What one does "with visiting X": met, meets, talks, a meeting.
_MET_WITH = _forms("met meet meets meeting talks")


def _a_visitor_met(token):
    """The visitor of "met with visiting Kenyan President William Ruto": "visiting" before the one
    met, which the parser reads as an adjective of the name or as a verb with the name as its
    object, under the "with" of a meeting; None for any other word."""
    if token.lower_ != "visiting":
        return None
    # (or as the host verb's complement: "hosted visiting Ugandan Prime Minister Esther Nakabugo")
    if (token.dep_ == "pcomp" and token.head.lower_ == "with" and _a_meeting_with(token.head.head)) or (
        token.dep_ == "xcomp" and token.head.lower_ in _RECEIVED
    ):
        return next((c for c in token.children if c.dep_ == "dobj"), None)
    with_ = token.head.head
    if token.dep_ == "amod" and token.head.dep_ == "pobj" and with_.lower_ == "with" and with_.head.lower_ in _MET_WITH:
        return token.head
    return None


def _a_meeting_with(word) -> bool:
    """A word a "with" of whom one met hangs on: "met with", "talks with", or the verb that holds
    the talks ("held talks on Thursday with", where the parser hangs the "with" on "held")."""
    return word.lower_ in _MET_WITH or any(c.dep_ == "dobj" and c.lower_ in _MET_WITH for c in word.children)


def _taken_on_a_trip(verb) -> bool:
    """ "The minister's trip took him to Kenya", "a tour of Africa that took her to Angola": a
    journey (the subject, or the noun its relative clause hangs on) took a person somewhere."""
    subject = relative_noun(_subject(verb)) if _subject(verb) is not None else None
    whom = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        subject is not None
        and subject.lower_ in _VISIT_NOUNS | _JOURNEYS
        and len(whom) == 1
        and (whom[0].lower_ in ("him", "her", "them") or whom[0].pos_ == "PROPN")
        and bool(_prep_objects(verb, ("to",)))
    )


def _delegation_led(verb) -> list:
    """Where a delegation or a mission the verb leads goes: the "to" phrase on the verb or on the
    noun ("led a delegation to Chile", "headed a trade mission to Lima"); none, none."""
    led = [o for o in _objects(verb, ()) if o.lower_ in _DELEGATIONS]
    return [h for n in [verb, *led] for h in _prep_objects(n, ("to",))] if led else []


def _guest_read_into_a_date(verb, paragraph: ParagraphIn) -> list:
    """ "Received on Monday Namibian Minister … Helena Nghidinwa", "received here on May 4 Lao
    Deputy Prime Minister … Khamphanh Vongsavath": an object written after the day, which the
    parser reads into the day's phrase; the last person named in it, before any clause of its own."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"):
        words = sorted(prep.subtree, key=lambda t: t.i)[1:]
        if not words or words[0].lower_ not in _CALENDAR:  # "on Monday", "on May 4"
            continue
        clause = {t.i for w in words if w.dep_ in ("relcl", "acl") for t in w.subtree}
        named = [w for w in words if w.i not in clause and _names(w, paragraph, "PERSON")]
        if named:
            return named[-1:]
    return []


def _names(head, paragraph: ParagraphIn, kind: str) -> bool:
    """Is the phrase's head word a name of that kind?"""
    return head.pos_ == "PROPN" and any(e.type == kind for e in _entities_in([head], paragraph.entities))


# The part of a tour a clause tells of: "…, the first stop of a Middle East tour", "the second leg
# of a five-nation tour", "as part of a regional tour".
_STOPS_OF_A_TOUR = _forms("stop leg stage part")


def _the_stop_of_a_tour(noun):
    """The verb of the clause a tour's stop is told beside ("met Mansour in Cairo on Wednesday,
    the first stop of a Middle East tour": met), however the parser hangs the stop on it, if it is
    one of meeting or arriving (not "beat Federer in Madrid, the first stop of the clay-court tour");
    else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "on") or prep.head.lower_ not in _STOPS_OF_A_TOUR:
        return None
    head = prep.head
    for _ in range(4):
        if head.pos_ == "VERB":
            return head if head.lower_ in _STOP_VERBS else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


# What a visitor does at a tour's stop.
_STOP_VERBS = _forms("met meet meets held hold holds arrived arrives landed lands visited visits received hosted",
                     "signed")  # fmt: skip


def _on_a_visit(noun):
    """The name or the office a visit is set beside between commas: "Ana Kell, on a visit to Chile,
    met …", "South Africa's president, on a visit to Lusaka, praised …" (the parser hangs the phrase
    on the subject)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "during"):
        return None
    name = prep.head
    named = name.pos_ == "PROPN" or (name.pos_ == "NOUN" and is_role_word(name))
    return name if named and name.dep_ in ("nsubj", "nsubjpass") else None


# Words for a part of a country: "the Greek island of Rhodes" is in Greece.
_PLACE_NOUNS = _forms("island islands city cities capital region province state coast port town village border")


def _a_trip_at_home(office, visit, paragraph: ParagraphIn) -> bool:
    """Is the place an office holder's visit goes to in the country the office is of ("Kenya's
    president, on a visit to Mombasa")?"""
    home = _countries_of_phrase(office, paragraph)
    to = _entities_in([t for o in _prep_objects(visit, ("to",)) for t in o.subtree], paragraph.entities)
    names = [paragraph.text[e.char_start : e.char_end] for e in to]
    return any(home & ({iso3} if (iso3 := iso3_for(n)) else set(countries_of_place(n))) for n in names)


def _owners_in_appositions(heads, paragraph: ParagraphIn) -> set[int]:
    """The words of a possessor inside an apposition that describes a named country: "visited Peru,
    Chile's neighbour" was no visit to Chile (but "Lima, Peru's capital" is in Peru)."""
    countries = [h for h in heads if any(e.type == "COUNTRY" for e in _entities_in([h], paragraph.entities))]
    return {t.i for h in countries for a in h.children if a.dep_ == "appos"
            for p in a.subtree if p.dep_ == "poss" for t in p.subtree}  # fmt: skip


def _demonym_of_other(entity: EntitySpan, heads) -> bool:
    """ "Visiting the Pakistani community in Manchester": a demonym on a word that is neither the
    country's own body (people, government, …) nor a part of it (island, city, …) does not make the
    country what was visited."""
    for head in heads:
        for t in _pruned_subtree(head):
            if t.idx == entity.char_start and t.dep_ == "amod":
                return t.head.lower_ not in _COUNTRY_BODIES | _PLACE_NOUNS
    return False


_HOW_MANY = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_SO_MANY = {"pair": 2, "duo": 2, "trio": 3}


def _people_counted(token) -> int:
    """How many people "both men", "the three women", "the pair", "they (have) both" are; 0 for
    any other phrase."""
    if token.lower_ in _SO_MANY:
        return _SO_MANY[token.lower_] if any(c.lower_ == "the" for c in token.children) else 0
    counts = [_HOW_MANY[c.lower_] for c in token.children if c.lower_ in _HOW_MANY]
    if token.lower_ == "they":
        counts += [2 for c in token.head.children if c.lower_ == "both"]
    return counts[0] if counts and token.lower_ in ("men", "women", "they") else 0


def _whom_of_the_clause_above(pronoun, subject, paragraph: ParagraphIn, actors: Actors) -> list[EntitySpan] | None:
    """ "X criticised the way Y governs, accusing it of …": the pronoun object of a participle that
    goes on a criticism or a praise is whom that one is about; None for any other phrase."""
    participle = pronoun.head
    if pronoun.lower_ not in ("it", "him", "her", "them") or pronoun.dep_ != "dobj":
        return None
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.head.pos_ != "VERB":
        return None
    above = participle.head
    objects = [c for c in above.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
    if not objects or _classify(above, paragraph) is None:
        return None
    return _whom(objects, subject, paragraph, actors)


def _named_group_before(pronoun, paragraph: ParagraphIn, exclude) -> list[EntitySpan]:
    """ "They" or "them" in a clause below the verb of a subject or object that names two or more
    people or bodies of one kind, joined by "and", earlier in the same sentence ("sacked Tom Hale
    and Ann Dale after allegations that they …"): those named (the nearest such phrase); else none
    (not "officials from France and Germany said police criticised them"; the plural subject of
    the sentence before is `Actors.they`' work)."""
    above = {a.i for a in pronoun.ancestors}
    for token in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in _ARGUMENTS]):
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for h in conjuncts(token) for c in h.children)
        if not joined or token.head.i not in above or token.head.i == pronoun.head.i:
            continue  # the pronoun must hang below the group's verb, in a clause of its own
        named = [e for e in _head_entities(token, paragraph) if e.entity_id != exclude]
        if len(named) >= 2 and len({e.type for e in named}) == 1 and named[0].type in ("PERSON", "ORG", "COUNTRY"):
            return named
    return []


# People who are someone else than whom their phrase names: "Tom Hale's critics", "his rival",
# "the killer of Tom Hale", "Tom Hale's wife".
_SOMEONE_ELSES = (
    ADVERSARIES
    | RELATIONS
    | _forms("rival critic opponent enemy detractor foe competitor killer killers murderer murderers attacker")
    | _forms("attackers victim victims supporters supporter fans fan")
)


def _a_person_of(noun) -> bool:
    """A noun for a person who belongs to someone: an office, a relative, a rival ("chairman", "son")."""
    return noun.lower_ in _SOMEONE_ELSES or noun.lower_ in PERSON_NOUNS or is_role_word(noun)


def _named_by_the_antecedent(whose, paragraph: ParagraphIn, actors: Actors) -> list[EntitySpan]:
    """Whom "whose" stands for: the noun its relative clause describes, as a side."""
    node = whose
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return []
    who = actors.of(node.head, paragraph)
    return [EntitySpan(0, 0, who, actors.kind_of(who) or "PERSON")] if who else []


def _others_named(head, paragraph: ParagraphIn, actors: Actors) -> list[EntitySpan]:
    """The entities a side phrase is about; for someone else's critics, rivals or family only a
    name given them ("his rival, Ben Dorr"), not whose they are."""
    if head.pos_ == "NOUN" and head.lower_ in _SOMEONE_ELSES:
        # (and whom a conjunct names: "thanked his family and his hero, Nelson Mandela")
        named = [t for c in head.children if c.dep_ in ("appos", "conj") for t in c.subtree]
        return [e for e in _entities_in(named, paragraph.entities) if e.type in ("PERSON", "ORG", "COUNTRY")]
    return _head_entities(head, paragraph, actors.groups)


def _doer_told_before(noun, paragraph: ParagraphIn, actors: Actors) -> EntitySpan | None:
    """Whose a deed named again with "the" is, when its sentence's paragraph, else one before it, told
    it before with its doer's name or demonym in front ("Turkish air strikes … condemned the strikes",
    "Israel's plan … [a paragraph later] The plan was also denounced by Egypt"); None for a noun with
    anything of its own to say whose."""
    if not with_the(noun) or any(c.dep_ in ("poss", "prep", "amod", "compound") for c in noun.children):
        return None
    # (in a paragraph before, only what someone said, decided or did: "the minister" told of there as
    # "Germany's culture minister" is a person, not a deed)
    said_or_done = noun.lower_ in _STATEMENT_NOUNS
    for told_in, upto in _told_before_the_sentence(noun, paragraph, actors, earlier=said_or_done):
        if (doer := _doer_in(noun.text, told_in, upto)) is not None:
            return doer
    return None


def _told_before_the_sentence(noun, paragraph: ParagraphIn, actors: Actors, earlier: bool = True) -> list[tuple]:
    """(paragraph, end) for what the article told before the noun's sentence, the nearest first: its
    own paragraph up to the sentence, then (with `earlier`) each paragraph before it, whole."""
    before = [(p, len(p.text)) for p in actors.paragraphs_before(paragraph)[::-1]] if earlier else []
    return [(paragraph, noun.sent.start_char), *before]


def _doer_in(deed: str, paragraph: ParagraphIn, upto: int) -> EntitySpan | None:
    """The doer written right before the deed's last telling in the paragraph's text up to `upto`."""
    told = [m.start() for m in re.finditer(rf"\b{re.escape(deed)}\b", paragraph.text[:upto])]
    for at in reversed(told):
        before = [e for e in paragraph.entities if e.type in ("COUNTRY", "ORG") and e.char_end <= at]
        between = paragraph.text[before[-1].char_end : at] if before else ""
        if not re.fullmatch(r"(?:['’]s)?(?:\s+[a-z-]+){0,2}\s+", between):
            continue
        # whose the deed is: a possessor ("Russia's missile tests"), or a demonym before arms
        # ("Turkish air strikes"; not "French rail strikes", "Afghan civilian killings": workers, victims)
        if between[:2] in ("'s", "’s") or set(between.split()) & _ARMED:
            return before[-1]
    return None


_ARMED = frozenset("air missile missiles military drone drones naval artillery army rocket nuclear".split())

# Measures one side imposes on another; "the measures", "the move" name one of them again.
_MEASURES = frozenset("sanctions embargo embargoes blockade tariffs penalties restrictions curbs".split())
_MEASURES_AGAIN = frozenset({"measures"})
_WHOSE = frozenset({"by", "of", "from"})
# (a passive's subject had the measure put on it: "North Korea was slapped with sanctions")
_IMPOSING = (
    r"(?<!was )(?<!were )(?<!been )(?<!be )"
    r"(?:imposed|reimposed|slapped|announced|introduced|extended|tightened|expanded|levied|unveiled|adopted|approved)"
)


# What sums up the deed its sentence told: "…, a move China condemned", "…, a step the IMF welcomed".
_MOVES = _forms("move step")


def _movers(noun, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Who made the move a noun sums up: the subject of the clause it is set after, between a comma
    and the sentence's end ("Japan and the Philippines signed a pact, a move China condemned"). Only
    a clause whose verb is done by its subject, not one of saying ("Brown said the tax would go, a
    move the Tories criticised": whoever moved is not said)."""
    if noun.lower_ not in _MOVES or noun.sent.root.i >= noun.i:
        return []
    opening = noun.left_edge
    clause = noun.sent.root
    if opening.i <= noun.sent.start or noun.doc[opening.i - 1].text != "," or clause.pos_ != "VERB":
        return []
    if any(c.dep_ == "ccomp" for c in clause.children):
        return []  # a clause of saying: whoever moved is not said ("recalled its envoy" is a deed)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return [e for s in subjects for e in _head_entities(s, paragraph) if e.type in ("COUNTRY", "ORG", "PERSON")]


def _mover_told_just_before(noun, paragraph: ParagraphIn, actors: Actors, side_a: str | None) -> str | None:
    """Who made "the move" named again with "the": whom the sentence right before was about ("The
    United States imposed sanctions on two Chinese firms. ‖ China condemned the move"); not a move
    with anything of its own to say whose or what ("the move by Kenya", "Kenya's move", "the move to
    close the border"), nor the critic's own, nor one who only praised, thanked or welcomed someone
    ("Petrenko thanked Germany for sending tanks. Russia condemned the move"; one who accused or
    condemned someone may have moved against them, as an unread set's gold has it)."""
    if noun.lower_ not in _MOVES or not with_the(noun):
        return None
    if any(c.dep_ in ("poss", "compound", "acl") or (c.dep_ == "prep" and c.lower_ in _WHOSE) for c in noun.children):
        return None
    if actors.subject_verb in _PRAISE:
        return None
    mover = actors.subject_just_before(noun, paragraph)
    return mover if mover != side_a else None


def _imposer_told_before(noun, paragraph: ParagraphIn, actors: Actors, side_a: str | None) -> EntitySpan | None:
    """Who imposed a measure named again with "the", where this paragraph before the sentence, else
    one before it, told them doing it: "The United States imposed sanctions on eight Iranian firms …
    Tehran condemned the sanctions", "the blockade imposed by Washington on the island", "the US
    blockade". "The measures" are a measure told right before: earlier in the paragraph, else in the
    paragraph before ("… condemned the sanctions. ‖ China also criticised the measures"; not
    "Britain announced new laws. Amnesty condemned the measures"). None for a noun with anything of its own to say
    whose, and where the critic imposed it (then what they criticise is something else)."""
    if noun.lower_ not in _MEASURES | _MEASURES_AGAIN or not with_the(noun):
        return None
    # (what the measure is on or against says nothing of whose it is: "the sanctions on Iran")
    if any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in _WHOSE) for c in noun.children):
        return None
    wanted = (noun.lower_,)
    if noun.lower_ in _MEASURES_AGAIN:
        before = _told_just_before(noun, paragraph, actors)
        wanted = tuple(w for w in sorted(_MEASURES) if re.search(rf"\b{w}\b", before))
        if not wanted:
            return None
    for told_in, upto in _told_before_the_sentence(noun, paragraph, actors):
        if (imposer := _imposer_in(wanted, told_in, upto)) is not None:
            if imposer.type == "PLACE":  # "imposed by Washington": the country whose capital it is
                imposer = actors.country_of(imposer.entity_id, paragraph)
            return imposer if imposer is not None and imposer.entity_id != side_a else None
    return None


# A body's decision named again ("the ruling", "the decision"), and the verbs that tell one made.
_RULINGS = frozenset("ruling decision verdict judgment judgement".split())
_DECIDING = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:ruled|decided|fined|upheld|ordered|banned|blocked|cleared"
    r"|approved|overturned|struck\s+down|voted|sentenced|convicted|acquitted)\b"
)
# A ruling told with its own maker ("its ruling", "the judgment of the court"): a decider of its own.
_RULING_OWNED = re.compile(r"\b(?:its|their|his|her|[\w’']+['’]s)\s+(?:\w+\s+)?(?:ruling|decision|verdict|judge?ment)\b"
                           r"|\b(?:ruling|decision|verdict|judge?ment)\s+of\b")  # fmt: skip


def _told_as_done_by_its_subject(text: str, verb) -> bool:
    """An active deciding verb, not a participle in what was decided ("subsidies, approved by
    Brussels in 2003", "the largest penalty ever ordered", "the detention, ordered by the Home
    Secretary")."""
    before = text[max(0, verb.start() - 12) : verb.start()]
    passive = re.search(r"(?:\b(?:was|were|been|being|be|is|are|ever)|,)\s*$", before)
    return not passive and not re.match(r"\s+by\b", text[verb.end() :])


def _ruler_told_before(noun, paragraph: ParagraphIn, actors: Actors, side_a: str | None) -> EntitySpan | None:
    """Whose a ruling or a decision named again with "the" alone is: the body whose deciding the
    article told last before it ("The European Commission has fined Altura … US officials
    criticised the ruling"), in the noun's paragraph before its sentence, else the paragraphs
    before. Only a body: the last decision told may be a person's, a jury's ("Rumsfeld decided to
    close 33 bases … Lott criticised the decision"), or a ruling told with its own maker ("its
    ruling", "the judgment of the court"), and then it is no one's here. None for a noun with
    anything of its own ("the decision to close", "the court's ruling"), or where the critic made
    it."""
    if noun.lower_ not in _RULINGS or not with_the(noun) or any(c.dep_ != "det" for c in noun.children):
        return None
    for told_in, upto in _told_before_the_sentence(noun, paragraph, actors):
        text = told_in.text[:upto]
        deciding = [m for m in _DECIDING.finditer(text) if _told_as_done_by_its_subject(text, m)]
        last = max((*deciding, *_RULING_OWNED.finditer(text)), key=lambda m: m.start(), default=None)
        if last is None:
            continue
        if last.re is _RULING_OWNED:
            return None
        at = last.start()
        decider = next((e for e in told_in.entities if e.char_end <= at and not text[e.char_end : at].strip()), None)
        if decider is None or decider.type != "ORG" or decider.entity_id == side_a:
            return None
        return decider
    return None


def _told_just_before(noun, paragraph: ParagraphIn, actors: Actors) -> str:
    """What was told right before the noun's sentence: its paragraph's text before it, else, for a
    sentence that opens its paragraph, the paragraph before."""
    if here := paragraph.text[: noun.sent.start_char].strip():
        return here
    before = actors.paragraphs_before(paragraph)
    return before[-1].text if before else ""


def _imposer_in(measures: tuple[str, ...], paragraph: ParagraphIn, upto: int) -> EntitySpan | None:
    """The country or body the paragraph's text up to `upto` last tells imposing one of `measures`:
    its subject ("X on Tuesday imposed new sanctions"), its "by" ("imposed by X") or its owner, by
    "'s" or by an abbreviation or a demonym ("X's blockade", "the US blockade", "EU tariffs"; a
    country's name so is whom it is on: "the Cuba embargo", "Iraq sanctions")."""
    text = paragraph.text[:upto]
    words = "|".join(measures)
    sides = [e for e in paragraph.entities if e.type in ("COUNTRY", "ORG", "PLACE") and e.char_end <= upto]
    found: list[tuple[int, EntitySpan]] = []
    for e in sides:
        after = text[e.char_end :]
        nxt = min((o.char_start for o in sides if o.char_start >= e.char_end), default=upto) - e.char_end
        doing = re.match(rf"[^.;!?]{{0,30}}?\b{_IMPOSING}\s+(?:[\w-]+\s+){{0,3}}?(?:{words})\b", after)
        if doing and doing.end() <= nxt:
            found.append((e.char_end + doing.end(), e))
        written = paragraph.text[e.char_start : e.char_end]
        bare = written.replace(".", "").isupper() or is_demonym(written)
        owning = re.match(rf"(['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{words})\b", after)
        if owning and e.type != "PLACE" and (owning.group(1) or bare):
            found.append((e.char_end + owning.end(), e))
        imposed_by = rf"\b(?:{words})\s+(?:[\w,-]+\s+){{0,6}}?{_IMPOSING}\s+by\s+(?:the\s+)?$"
        if re.search(imposed_by, text[: e.char_start]):
            found.append((e.char_end, e))
    return max(found, key=lambda f: f[0])[1] if found else None


def _deed_agents(head) -> list:
    """The heads of a deed's "by" phrases: its own ("the detention of X by Uganda"), or a
    participle's of doing after it (`event_sides.maker`: "the attacks carried out by Israel against
    Lebanon"; not "the plans criticised by Mr Lund")."""
    own = _prep_objects(head, ("by",))
    # (or, for an act of force or a deed told by its verb, on the last noun of its "of" phrases: "the
    # storming of the courtyards of Al-Aqsa Mosque by Israel's minister")
    node = head
    for _ in range(3 if head.lower_ in ACTS_OF_FORCE or head.lower_.endswith("ing") else 0):
        if own or not (of := _prep_objects(node, ("of",))):
            break
        node = of[0]
        own = _prep_objects(node, ("by",))
    # (the parser may hang it on whom the deed was done to: "the crackdown on the opposition by
    # President X", "attacks against civilians by the army")
    own += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for o in c.children if o.dep_ == "pobj" for g in _prep_objects(o, ("by",))]  # fmt: skip
    return own + (agents_of(made) if (made := maker(head)) is not None else []) + _doers_in_a_clause(head)


# What one does to make a measure, a policy or an act of force one's own ("the sanctions that ECOWAS
# imposed", "the reforms Ukraine adopted", "the occupation Israel has maintained", "the strikes Israel
# launched"; announcing an attack is not making it).
_IMPOSING_VERBS = _verb("impose", "reimpose", "maintain", "introduce", "enforce", "adopt", "pursue", "levy", "extend",
                        "tighten", "add", "approve", "expand")  # fmt: skip
# (and what one commits or wages: "the genocide that Israel is committing", "the war it wages")
_DOING = _verb("launch", "order", "conduct", "stage", "mount", "perpetrate", "wage") | _forms(
    "commit commits committed committing"
)
_TELLING = _verb("announce", "unveil", "propose")  # (a measure's, not an act of force's)


def _carried_out(verb) -> bool:
    return verb.lower_ == "carried" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _doers_in_a_clause(head) -> list:
    """The subject of a relative clause that says who did a deed or imposed a measure: "denounced
    the sanctions that ECOWAS imposed on Mali", "the blockade the United States has maintained"
    (not "the sanctions Iran faces": whom it was done to)."""
    doing = _DOING | _IMPOSING_VERBS | (_TELLING if head.lower_ not in ACTS_OF_FORCE - _MEASURES else frozenset())
    clauses = [v for v in head.children if v.dep_ == "relcl" and (v.lower_ in doing or _carried_out(v))
               and not any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)]  # fmt: skip
    return [c for v in clauses for c in v.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "PRP")]


def _doers_named(by, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Who a deed's "by" phrase says did it: its names ("by the Government of Uganda"), else who
    sent or ran the things it names ("by drones launched by Russia"), else the country or body
    they belong to ("by Chinese coast guard vessels")."""
    if by.pos_ == "NOUN" and by.lower_ not in _STATE_AGENTS and any(c.dep_ == "poss" for c in by.children):
        return []  # "carried out by Israel's enemies": the enemies did it, not Israel
    if found := _head_entities(by, paragraph):
        return found
    if senders := [
        e for v in by.children if v.dep_ == "acl" for a in agents_of(v) for e in _head_entities(a, paragraph)
    ]:
        return senders
    if by.lower_ not in _STATE_AGENTS:
        return []  # "attacks by South African mobs", "vandalism by British tourists": not the state
    owners = [t for c in by.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree]
    return [e for e in _entities_in(owners, paragraph.entities) if e.type in ("COUNTRY", "ORG")][:1]


# What acts for a state, so that a demonym before it names the state: "by Chinese coast guard vessels".
_STATE_AGENTS = _forms(
    "troops forces police army navy military soldiers vessels ships warships jets aircraft planes drones",
    "missiles guards authorities officials regime government",
)


def _led_by(entity: EntitySpan, role, paragraph: ParagraphIn) -> bool:
    """Is the entity named in the role noun's own phrase ("the chairman of Norvik": Norvik), not
    in a conjunct of it ("the prime minister and Mr Brown")?"""
    joined = {t.i for c in role.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    own = [t for t in role.subtree if t.i not in joined]
    return entity in _entities_in(own, paragraph.entities)


# Nouns of a deed going on or growing, faulted or praised as the deed itself: "denounced the
# intensification of the US blockade", "condemned the escalation of Israeli strikes".
_GOING_ON = frozenset(
    "intensification escalation continuation expansion extension tightening imposition renewal resumption".split()
)


def _what_goes_on(noun):
    """For "the intensification of X" and the like, X (the phrase that says whose deed it is); the
    noun itself otherwise."""
    if noun.lower_ not in _GOING_ON or any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return noun  # (its own "by" names the doer: "the extension of emergency rule by Musharraf")
    of = _of_objects(noun)
    return of[0] if len(of) == 1 else noun


# Laws, faulted as their makers' when the phrase names who made them: "a new US law", "the
# legislation passed by Congress" (not "the current murder law", whose maker goes unnamed; and not
# in support, where the BBC gold reads backing a law as backing a thing).
_LAWS = frozenset("law laws legislation bill bills".split())


def _law_makers(head, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The country or body a law's phrase names as its maker, before it or in a "by" phrase."""
    if head.lower_ not in _LAWS:
        return []
    if (made := maker(head)) is not None:
        # (a "by" names the maker, the words before it then name what the law is about: "the Uber
        # bill passed by the state senate")
        makers = [g for c in made.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        makers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ")]
    return [e for m in makers for e in _head_entities(m, paragraph) if e.type in ("COUNTRY", "ORG")]


def _holder_of_the_owner(noun, subject, paragraph: ParagraphIn, actors: Actors) -> str | None:
    """The person an office names where it owns what was said or done ("the Argentine president's
    reforms", "the Tory leader's remarks"), as the article named them; None for anything else."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lower_ not in _STATEMENT_NOUNS or owner is None or owner.lower_ not in _LEADERS_OF:
        return None
    if _entities_in([owner], paragraph.entities):
        return None  # (a name owns it: "President Lula's reforms")
    return actors.role_holder(owner, paragraph, actors.of(subject, paragraph) if subject is not None else None)


# One's other side, told by the relation: "his counterpart", "her opposite number", "his host" (only
# with whose: "the host" is as often a television show's).
_OTHER_SIDE = frozenset({"counterpart", "opposite", "host"})


def _counterpart_of(noun, side_a: str | None, actors: Actors) -> str | None:
    """Whom side A last met, visited or signed with, where the noun is that one by relation ("his
    counterpart", "his Argentine counterpart" when the one met is Argentine); None for any other
    noun, where A met no one yet, or where the country written on the noun is not theirs ("his
    American counterpart" after a meeting with China's minister)."""
    if side_a is None or noun.lower_ not in _OTHER_SIDE:
        return None
    owners = ("his", "her", "its", "their") if noun.lower_ == "host" else ("his", "her", "its", "their", "the")
    if not any(c.lower_ in owners for c in noun.children):
        return None
    other = actors.counterparts.get(side_a)
    written = {iso3 for c in noun.children if c.dep_ in ("amod", "compound") and (iso3 := iso3_for(c.text))}
    if other is not None and written and not written & actors.nationality(other):
        return None
    return other


def _leaders_of(noun) -> list:
    """Who a "led by" or "headed by" participle says led what a noun names, hung on the noun or, set
    off after it, on its verb ("accused its predecessor, led by ex-President X, of corruption")."""
    led = [v for v in noun.children if v.dep_ == "acl"]
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].text == ",":
        led += [v for v in noun.head.children if v.dep_ == "advcl" and v.left_edge.i == after + 1]
    return [a for v in led if v.lower_ in ("led", "headed") for a in agents_of(v)]


def _whom(heads, subject, paragraph: ParagraphIn, actors: Actors, criticism: bool = False) -> list[EntitySpan]:
    """Side B of a praise, support, criticism or accusation: the entities its phrases are about,
    else what its first phrase refers to (a name given again in part, "the party", a pronoun)."""
    found = []
    heads = [_what_goes_on(h) for h in heads]
    # "Japan and the Philippines signed a pact, a move China condemned": theirs (the giver resolved
    # only where there is a move, as below only where no phrase names anyone)
    if len(heads) == 1 and (movers := _movers(heads[0], paragraph)):
        side_a = actors.of(subject, paragraph) if subject is not None else None
        if movers := [e for e in movers if e.entity_id != side_a]:
            return movers
    for h in heads:
        named = _others_named(h, paragraph, actors)
        # "praised the Dutch firm's commitment": the firm's (not "the Dutch firm's chief executive,
        # Hans Wijers": a person of the firm, named)
        owner = next((c for c in h.children if c.dep_ == "poss"), None)
        if not named and h.lower_ in _GOOD_DEEDS and (doers := _doers_of_a_deed(h)):
            named = _entities_in(doers, paragraph.entities)  # "the role the LSWF has played": the LSWF's
        if not named and owner is not None and owner.lower_ == "whose" and not _a_person_of(h):
            # "Kenya's president, whose mediation was criticised by Khartoum": the one the clause is
            # about (not "the yard whose former chairman was indicted": someone else)
            named = _named_by_the_antecedent(owner, paragraph, actors)
        only_a_country = all(e.type == "COUNTRY" for e in named)
        if owner is not None and only_a_country and not is_role_word(h):
            if firm := actors.firm_of_a_nationality(owner, paragraph):
                named = [EntitySpan(0, 0, firm, "ORG")]
        if holder := _holder_of_the_owner(h, subject, paragraph, actors):
            # "praised the Argentine president's reforms": the president the article named, not Argentina
            named = [EntitySpan(0, 0, holder, "PERSON")]
        found += named
        told = None if named else actors.office_told_with_its_side(h, paragraph)
        if told is not None and actors.role_holder(h, paragraph) is None:
            # "praised the commissioner for standing firm", after "the EU trade commissioner": the EU
            found.append(EntitySpan(0, 0, told, actors.kind_of(told) or "ORG"))
            continue
        if h.lower_ not in _LEADERS_OF or _entities_in([h], paragraph.entities):
            continue
        if any(e.type == "PERSON" and _led_by(e, h, paragraph) for e in named):
            continue  # "the prime minister of Fiji, Josaia Vuniwaqa": the name given, not an office's
        # "the chairman of Norvik", when the article named him: the person, not whom he leads (with
        # whom its conjuncts name: "accused the prime minister and Mr Brown")
        if holder := actors.role_holder(h, paragraph, actors.of(subject, paragraph) if subject else None):
            found = [e for e in found if e.entity_id != holder and not _led_by(e, h, paragraph)]
            found.insert(0, EntitySpan(0, 0, holder, "PERSON"))
        elif not named and h.lower_ in STATE_OFFICES and not out_of_office(h):
            # "thanked the U.S. president for his engagement", where the article names no holder:
            # the country the office is held for
            own = [t for c in h.children if c.dep_ in ("amod", "compound", "poss") for t in c.subtree]
            found += [e for e in _entities_in(own, paragraph.entities) if e.type == "COUNTRY"]
    if found or not heads:
        return found
    head = heads[0]
    if leaders := [e for a in _leaders_of(head) for e in _head_entities(a, paragraph) if e.type == "PERSON"]:
        return leaders  # "accused its predecessor, led by ex-President Leonid Kuchma": the one who led it
    deed = head.pos_ == "NOUN" and head.lower_ not in _OUTCOMES and head.head.lower_ not in _BLAME
    if deed and (doers := [e for b in _deed_agents(head) for e in _doers_named(b, paragraph)]):
        return doers  # "denounces the detention of eleven defenders by the Government of Uganda": its doer
    if deed and criticism and (doer := _doer_told_before(head, paragraph, actors)) is not None:
        return [doer]  # "… overshadowed by Turkish air strikes. Al-Zubaidi condemned the strikes": Türkiye's
    if bare_government(head) and (country := actors.partys_government(head, paragraph)) is not None:
        # "the Conservatives accused the government": Britain's, though the story was of France's
        # (not "Sudan's government agreed … Conservative MP X praised the government": Sudan's)
        told = (_doer_in(head.text, p, upto) for p, upto in _told_before_the_sentence(head, paragraph, actors))
        before = next((e for e in told if e is not None and e.type == "COUNTRY"), None)
        # (not a country the sentence names as another: "… criticised the government for failing to
        # follow France", after "France's government backed the plan")
        named = {e.entity_id for e in _entities_in(list(head.sent), paragraph.entities)}
        # (but the opposition's "government" is its own: "Castillo thanked the Russian government …
        # Opposition deputy X accused the government of mortgaging the country to Moscow")
        opposition = subject is not None and of_the_opposition(subject)
        if before is not None and before.entity_id not in named and not opposition:
            return [before]
        giver = actors.of(subject, paragraph) if subject is not None else None
        return [EntitySpan(0, 0, country, "COUNTRY")] if country != giver else []
    if criticism and (makers := _law_makers(head, paragraph)):
        return makers  # "denounced a new US law on Taiwan": a law faulted is its maker's
    side_a = actors.of(subject, paragraph) if subject is not None else None
    if (imposer := _imposer_told_before(head, paragraph, actors, side_a)) is not None:
        # "… imposed sanctions on eight Iranian firms. Tehran condemned the sanctions"; and support
        # of a measure is of its imposer ("Costa Rica's president also backed the measures")
        return [imposer]
    if (ruler := _ruler_told_before(head, paragraph, actors, side_a)) is not None:
        return [ruler]  # "The European Commission has fined Altura … The decision was praised by Penfold"
    if criticism and (mover := _mover_told_just_before(head, paragraph, actors, side_a)) is not None:
        # (a criticism only: welcoming a move whose makers the clause does not name is no praise of
        # them, in the BBC gold's words)
        return [EntitySpan(0, 0, mover, actors.kind_of(mover) or "COUNTRY")]  # "… China condemned the move"
    if person := actors.known_name(head, paragraph):  # "commends SRSG Massieu"
        return [EntitySpan(0, 0, person, "PERSON")]
    # "accused the party", "hit out at the club's decision": the organisation of that kind named
    # last, never side A itself ("the PFA accusing the club").
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    nouns = [head] + ([owner] if owner is not None else [])
    for noun in nouns:
        if (other := _counterpart_of(noun, side_a, actors)) is not None:
            # "criticised his counterpart", "praised his host's hospitality": whom side A last met
            return [EntitySpan(0, 0, other, actors.kind_of(other) or "PERSON")]
    for noun in nouns:
        if org := actors.org_named_last(noun, paragraph, exclude=side_a):
            return [EntitySpan(0, 0, org, "ORG")]
    if (whom := _whom_of_the_clause_above(head, subject, paragraph, actors)) is not None:
        return whom
    if head.lower_ == "it":  # "accused it of betraying its supporters"
        found = actors.of(head, paragraph, exclude=side_a)
        return [EntitySpan(0, 0, found, "ORG")] if found else []
    if owner is not None and owner.lower_ == "their" and head.lower_ in _STATEMENT_NOUNS:
        # "Their demands have been backed by Sir John Stevens": the body the pronoun means, else the
        # one the sentence before was about ("The Tories have called for a change in the law.")
        body = actors.of(owner, paragraph, exclude=side_a) or actors.body_of_the_sentence_before(
            owner, paragraph, side_a
        )
        if body is not None:
            return [EntitySpan(0, 0, body, actors.kind_of(body) or "ORG")]
    if owner is not None and owner.lower_ in ("his", "her") and head.lower_ in _STATEMENT_NOUNS:
        # "attacked his policies": the person the pronoun means, never side A itself
        person = actors.of(owner, paragraph, exclude=side_a)
        return [EntitySpan(0, 0, person, "PERSON")] if person else []
    if bare_government(owner) and head.lower_ in _STATEMENT_NOUNS:
        # "attacked the government's failure to …", "praised the government's handling": whom
        # the phrase is about is the government, the article's country, as for "the government"
        # (not "the government's chief whip", a person the role names)
        country = actors.government_of(owner, paragraph)
        return [EntitySpan(0, 0, country, "COUNTRY")] if country and country != side_a else []
    if (
        owner is not None
        and head.lower_ in _STATEMENT_NOUNS
        and (holder := actors.role_holder(owner, paragraph, side_a))
    ):
        return [EntitySpan(0, 0, holder, "PERSON")]  # "tribute to the chancellor's record": his
    if head.lower_ in _STATEMENT_NOUNS | _VIEW_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in head.children
    ):
        # "Mr Tanguay backed that view", "attacked this claim": a statement the sentence before
        # told; its author is who that sentence names first, else the story's last subject.
        author = actors.first_named_before(head, paragraph) or actors.topic
        return [EntitySpan(0, 0, author, "PERSON")] if author and author != side_a else []
    if (
        criticism  # (criticism: support of "the proposals" names no one, the BBC gold's reading)
        and head.lower_ in _STATEMENT_NOUNS
        and with_the(head)
        and not any(c.dep_ in ("poss", "compound", "prep", "amod", "acl", "relcl") for c in head.children)
        and (author := actors.first_named_before(head, paragraph)) is not None
        and author != side_a
    ):
        # "The Tories are committed to limits on immigration. Labour has branded the proposal
        # unworkable": a plan or statement told again with "the" alone is the one the sentence
        # before told, and its author is who that sentence names first
        kind = next((e.type for e in paragraph.entities if e.entity_id == author), "ORG")
        return [EntitySpan(0, 0, author, kind)]
    if head.dep_ == "nsubjpass" and head.lower_ in ("that", "this"):
        # "That has been attacked by the Tories": what the sentence before told someone said or
        # did; its author is who that sentence names first, else the story's last subject.
        author = actors.first_named_before(head, paragraph) or actors.topic
        return [EntitySpan(0, 0, author, "PERSON")] if author else []
    if (n := _people_counted(head)) and (people := actors.last_people(head, paragraph, n, exclude=side_a)):
        # "Both men are facing charges", "accused the three men": the people named last
        return [EntitySpan(0, 0, person, "PERSON") for person in people]
    # "accused both the big parties"; "welcomed the progress made by Armenia and Azerbaijan and
    # commended both governments": the two of that kind the sentence named before it
    if _pair_subject(head) and (pair := actors.pair_near(head, paragraph)):
        # (each of the kind the article names it: "both leaders were received by …" are people)
        return [EntitySpan(0, 0, member, actors.kind_of(member) or "ORG") for member in pair]
    if head.lower_ in ("they", "them") and (group := _named_group_before(head, paragraph, side_a)):
        return group  # "sacked Tom Hale and Ann Dale after allegations that they took bribes"
    if head.lower_ in _PRONOUNS or an_age_for_a_person(head):  # "supported him", "the 19-year-old": never side A
        person = actors.of(head, paragraph, exclude=side_a)
        return [EntitySpan(0, 0, person, "PERSON")] if person else []
    if bare_government(head):  # "attacked the government": the country the article is about
        country = actors.government_of(head, paragraph)
        return [EntitySpan(0, 0, country, "COUNTRY")] if country and country != side_a else []
    if actors.a_country_told_of(head, paragraph) and (country := actors.last_country_before(head, paragraph, side_a)):
        return [EntitySpan(0, 0, country, "COUNTRY")]  # "China congratulated the West African country"
    # "criticised the chancellor": a person the article described so.
    person = actors.role_holder(head, paragraph, exclude=side_a)
    return [EntitySpan(0, 0, person, "PERSON")] if person else []
