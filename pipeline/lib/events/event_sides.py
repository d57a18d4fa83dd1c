"""Who an event's sides are: the phrase rules and what the article has said so far.

`event_types` finds the trigger of an event; this module turns the phrases around it into entities.
A side is an entity the phrase names (a person, else a country, demonyms included, else an
organisation), or one the story has already named: a pronoun, "the party", a role ("the Chinese
premier"), a group named earlier by its members ("the Caribbean countries"), the person the last
sentence was about, the members of its plural subject ("They"), the speaker of a speech printed
whole ("I thank …"). People named inside quotations are the speaker's words, not antecedents of
the reporter's pronouns, and a paragraph that is all quotation does not break the story's thread
("X said: '…' [‘…’] He added …"). `Actors` keeps that discourse state for one article, paragraph
by paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import islice

from pipeline.lib.events.cues import REPORTING_CUE
from pipeline.lib.events.factuality import agents_of
from pipeline.lib.events.meetings import (
    EntitySpan,
    ParagraphIn,
    _entities_in,
    _of_objects,
    _pruned_subtree,
    _reporting_org,
    a_delegation_led_by,
    a_name_missed,
    conjoined_they,
    conjuncts,
    described_person,
    describes,
    first_word_at,
    joined_by_a_conjunction,
    led_a_delegation_before,
    objects_hung_on_the_verb,
    opener_before,
    person_before_in_sentence,
    sentence_people,
    subject_the_parser_missed,
    with_the,
)
from pipeline.lib.events.quotations import RELATIONS, Person
from pipeline.lib.events.reporting_verbs import REPORTING
from pipeline.lib.events.roles import (
    PERSON_NOUNS,
    ROLE_HEADS,
    STATE_OFFICES,
    TRADES,
    RoleBook,
    a_firm_of_a_country,
    a_post,
    bare_government,
    clause_subject,
    countries_before,
    countries_named,
    country_after,
    country_of_a_party_named,
    government_country,
    is_role_word,
    named_government_country,
    out_of_office,
    person_beside_the_office_of,
    phrase_words,
    role_key,
    role_words,
    someones_aide,
    speaks_for_someone,
)
from pipeline.lib.nlp.countries import iso3_for
from pipeline.lib.nlp.entity_types import PORTFOLIO_WORDS
from pipeline.lib.nlp.places import continent_of, countries_of_place, country_of_a_known_city
from pipeline.lib.text.datelines import parse_dateline
from pipeline.lib.text.sentences import QUOTE_MARK, quoted_regions

# Two names joined by "and", each with its title: "President Jacques Chirac and Chancellor Gerhard".
_JOINED_BY_AND = re.compile(r",?\s+and\s+(?:[A-Z][\w'’-]*\s+){0,4}")


def _singular(noun: str) -> str:
    """ "leaders" → "leader", "secretaries" → "secretary", "chairmen" → "chairman"."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun.removesuffix("s")


def _forms(*stems: str) -> set[str]:
    return {f for stem in stems for f in stem.split()}


def _verb(*bases: str) -> set[str]:
    """A regular verb's forms by English spelling (praise → praises, praised, praising; agree →
    agreed, agreeing; back → backs, backed, backing), so a trigger list names the verb once, not
    each form it happens to take in one text. Irregular forms are listed with `_forms`."""
    out = set()
    for base in bases:
        past = base + "d" if base.endswith("e") else base + "ed"
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
        third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
        out |= {base, third, past, ing}
    return out


# What someone said, decided or asked for: "attacked Labour's pledges", "backed Tory demands",
# "welcomed the decision by India and Pakistan" are about its authors.
_STATEMENT_NOUNS = _forms(
    "pledge pledges plan plans policy policies remarks comments words speech record proposal proposals budget",
    "decision decisions stance claims claim tactics manifesto agenda statement statements handling leadership",
    "demand demands call calls move attempt attempts bid initiative reform reforms approach strategy tax taxes",
    "action actions conduct behaviour behavior failure failures measure measures",
    "apology apologies announcement announcements",
    # what a state or a body imposes: "condemned the sanctions imposed by the US", "the EU's ban" (not
    # an invasion or an attack, whose "of" is whom it was done to; not a law, a thing the gold leaves
    # alone when its maker goes unnamed: "branded the current murder law a mess")
    "sanctions embargo blockade restrictions tariffs ban crackdown",
    # what a state or a body does to others, faulted as its doing: "denounced the interference of the
    # OAS", "condemned the drills by South Korea and the US", "criticised the ruling by the court"
    "interference meddling aggression provocation provocations hypocrisy drills ruling rulings verdict",
    # armed deeds and a presence, their doer's ("the Israeli airstrikes", "the British military presence")
    "airstrike airstrikes occupation incursion incursions bombardment bombardments shelling presence",
    # what someone did, praised or faulted as theirs: "tribute to the legacy of X", "the work of X"
    "legacy work contribution contributions performance achievement achievements effort efforts",
    # and the part or the qualities they showed: "praised the transitional government's cooperation",
    # "lauded China's role", "praised his father's honesty"
    "cooperation role commitment courage honesty dedication professionalism",
    "integrity bravery wisdom vision talent talents skill skills generosity determination resilience",
    "patience humility loyalty spirit",
)
# Documents that speak for whoever issued them: "The statement condemned …", "the commentary
# praised …" (not a report, which is as often someone's about another: "criticised in a report by MPs").
_DOCUMENT_PAIRS = (
    "statement statements",
    "declaration declarations",
    "communique communiques",
    "communiqué communiqués",
    "commentary commentaries",
    "editorial editorials",
)
# each form → how a sentence introduces the document, in either form ("issued a statement", "in a
# signed commentary", "its statements")
_DOCUMENT_INTRODUCED = {
    form: re.compile(
        rf"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{pair.replace(' ', '|')})\b"
    )
    for pair in _DOCUMENT_PAIRS
    for form in pair.split()
}
_DOCUMENTS = frozenset(_DOCUMENT_INTRODUCED)


# Members of an armed or political group, whom the group's name before them names ("al Shabaab
# militants", "Hamas gunmen").
_GROUP_MEMBERS = _forms(
    "militants fighters rebels gunmen insurgents guerrillas militiamen activists supporters members"
)
# Agreements, which are their parties' ("the deal between the US, Britain and Australia").
_PACTS = _forms("deal deals agreement agreements accord accords pact pacts treaty treaties")
# Deeds done to someone, whose "of" names who suffered them when a doer is named before them: "the
# US blockade of Cuba", "Israel's occupation of the Golan".
_DONE_TO = _forms(
    "blockade blockades embargo embargoes sanctions occupation crackdown airstrike airstrikes incursion incursions",
    "bombardment bombardments shelling",
)


# Participles whose "by" phrase names who made a thing said, decided or done: "the claims made by
# Michael Howard", "the plans unveiled by the chancellor", "charges, raised by Eliot Spitzer",
# "charges brought by the SEC" (not "the plans criticised by him", nor "charges paid by him").
_MADE_BY = _forms(
    "made unveiled announced proposed tabled outlined put set issued drawn offered voiced expressed launched",
    "introduced presented adopted given lent struck signed raised lodged brought filed pressed laid levelled leveled",
    "imposed enacted ordered passed decreed",
    # and what one keeps in force: "the measures applied by Washington", "the blockade maintained by the US"
    "applied enforced maintained implemented pursued",
    # and deeds: "the attacks carried out by Israel", "crimes committed by the militia"
    "carried committed perpetrated conducted staged mounted",
)
# Particles after which such a participle no longer makes the thing: "the decision set aside by the
# court", "plans put on hold", "proposals given up" ("put forward", "set out", "drawn up" still do).
_MAKING_PARTICLES = {"forward": None, "out": None, "up": "drawn"}


def maker(noun):
    """The participle, with a "by" phrase, that says who made a noun's thing ("charges, raised by
    Eliot Spitzer in October", "the claims made on Monday by Michael Howard"), else None."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lower_ not in _MADE_BY:
            continue
        if not any(c.dep_ == "agent" for c in verb.children):
            continue
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        if any(_MAKING_PARTICLES.get(p, "-") not in (None, verb.lower_) for p in particles):
            continue
        if any(c.lower_ == "on" and any(g.lower_ in ("hold", "ice") for g in c.children) for c in verb.children):
            continue  # "put on hold", "set on ice"
        if any(c.dep_ == "advmod" and c.lower_ in ("aside", "back", "down", "off", "away") for c in verb.children):
            continue  # "the decision set aside by the court" (the parser may take the particle as an adverb)
        return verb
    return None


# People who act for a country or an organisation named before them: "Kazakhstan officials" are
# Kazakhstan's side, as "the Kazakh government" is.
_AGENTS_OF = _forms("official officials minister ministers diplomat diplomats negotiators envoys representatives",
                    "executives bosses authorities regulators prosecutors police military troops navy",
                    "embassy embassies consulate consulates")  # fmt: skip
# People who govern the country their "in" phrase names ("the authorities in Sweden").
_GOVERNING = _forms(
    "authorities officials official government governments ministers regulators prosecutors junta juntas regime",
    "regimes administration leadership rulers",
)
# A noun whose owner may follow as "of" ("the efforts of the government of President Petro"):
# support for it is support for the owner, as "Petro's efforts" would be.
_AGENT_NOUNS = _forms("efforts effort work position stance government administration leadership bid candidacy role",
                      "struggle cause people policy policies proposal initiative management board",
                      # what someone gives: "gratitude for the solidarity of the Namibian people"
                      "support solidarity help assistance aid backing contribution contributions hospitality",
                      "sacrifice sacrifices")  # fmt: skip
# People who act for the body or country of their "of" phrase: "the staff of the clinic".
# (Not "executives", "employees", "directors": charged or praised, they are people on their own.)
_STAFF = _forms("authorities officials representatives staff members team management")
# Who leads or speaks for the country or body of their "of" phrase, which is their side when no
# name of theirs is given ("praised the leaders of France and Germany", "the head of Vantel").
_LEADERS_OF = _forms("leader leaders head heads president presidents premier premiers minister ministers",
                     "chief chiefs chairman chairwoman boss bosses king queen ruler rulers ambassador ambassadors",
                     "envoy envoys")  # fmt: skip
# Words that make a leader no longer one: "the former chairman", "the late king", "the ex-president".
_FORMER = _forms("former late ex then outgoing previous would-be one-time erstwhile")
# Verbs by which the subject sends out what then speaks for it: "Tom Hale has filed two lawsuits -
# one accusing Norvik of fraud" (his accusation, unlike "is fighting two lawsuits - one accusing it").
_SENT_OUT = _verb("file", "send", "bring", "issue", "launch", "lodge", "publish") | _forms(
    "sent brought wrote written write writes writing"
)


_CLIMB = ("xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "dobj", "pobj", "prep", "ccomp")


_ORG_PAIR_WORDS = {"firms", "companies", "groups", "banks", "clubs", "carmakers", "airlines"}


# People by the office both hold ("the two mayors signed", "both ministers"): the pair of people told of.
_PAIR_OFFICES = {"ministers", "mayors", "governors", "premiers", "chancellors", "secretaries", "counterparts",
                 "envoys", "ambassadors", "chairmen", "executives", "diplomats", "negotiators", "officials",
                 "men", "women"}  # fmt: skip
_PAIR_WORDS = {"sides", "leaders", "countries", "heads", "presidents", "parties", "governments", "nations"} | (
    _ORG_PAIR_WORDS | _PAIR_OFFICES
)
# The kind of entity a pair word names, where a sentence may name the two before it.
# Pair words that mean the states, whoever of theirs met: "the two sides", "the two countries".
_STATE_PAIR_WORDS = {"sides", "countries", "nations", "governments"}
_PAIR_KINDS = {"countries": "COUNTRY", "nations": "COUNTRY", "governments": "COUNTRY", "leaders": "PERSON",
               "presidents": "PERSON", "heads": "PERSON"} | dict.fromkeys(_PAIR_OFFICES, "PERSON")  # fmt: skip


_GROUP_WORDS = _forms("countries nations states members governments economies partners")


_MEMBER_PREPS = _forms("including like among")


_PRONOUNS = {"he": "M", "she": "F", "his": "M", "her": "F", "him": "M"}


_OWNER_PRONOUNS = _forms("its their")

# Offices that speak for the country or body they belong to: "Peru's president visited Chile", "the
# Chinese foreign minister criticised …", "US officials praised …" (when the article names no one
# who holds it, the office is its country's or body's, as the meetings read it). Not a player, a
# coach or a lawyer, who act for themselves.
_OFFICES = _forms(
    "president premier minister leader king queen chancellor ambassador envoy spokesman spokeswoman spokesperson "
    "chairman chairwoman chief boss head governor secretary official officials ministers leaders ambassadors envoys "
    "executive executives"
)


def _a_description_of_the_one_just_named(paragraph: ParagraphIn, at: int) -> bool:
    """Does a sentence open at `at` ("Brazil's foreign minister had no mandate"; "The" before it
    too) right after a sentence of the same paragraph that names a person? Then the office it opens
    with tells of that person again, as news writes a name and then its office."""
    text = paragraph.text
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    if start < 0 or text[start + 2 : at].strip() not in ("", "The", "the"):
        return False
    previous = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start), 0)
    return any(e.type == "PERSON" and previous <= e.char_start < start for e in paragraph.entities)


def _office_of(office, paragraph: ParagraphIn, exclude, acting: bool = False) -> str | None:
    """The country or body an office named without its holder belongs to, when the office acts (a
    subject, a passive's "by", a visit's possessor, or `acting` in a relative clause): its
    possessor, its modifier or its "of" phrase ("Peru's president", "the Peruvian president", "the
    president of Peru", "Norvik's chief executive")."""
    if office.lower_ not in _OFFICES or office.pos_ != "NOUN" or out_of_office(office):
        return None
    acting |= office.dep_ in ("nsubj", "nsubjpass", "poss") or (office.dep_ == "pobj" and office.head.lower_ == "by")
    if not acting:
        return None  # who acts, not whom it is done to ("charges against two executives of Norvik")
    own = [c for c in office.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    own += _of_objects(office)
    found = [
        e for e in _entities_in(own, paragraph.entities) if e.type in ("COUNTRY", "ORG") and e.entity_id != exclude
    ]
    countries = [e for e in found if e.type == "COUNTRY"]
    return (countries or found)[0].entity_id if found else None


# The first person outside quotation marks: a speech or statement printed whole ("I thank SRSG
# Massieu …", "allow me to express our gratitude to …"), whose speaker the article named as such.
_FIRST_PERSON = _forms("i me my we us our")
_REPORTING = re.compile(rf"(?:{REPORTING_CUE})", re.I)


def _first_person(token, paragraph: ParagraphIn) -> bool:
    """ "I", "we", "us", … but not a name that looks like one: "US support for Boeing" is the
    country's, not the speaker's."""
    return token.lower_ in _FIRST_PERSON and not _entities_in([token], paragraph.entities)


_SIDE_TYPES = ("PERSON", "COUNTRY", "ORG")


def an_age_for_a_person(token) -> bool:
    """ "The 19-year-old", "the 58-year-old": a person the story has named, told of by their age (not
    "a 30-year-old man", someone new)."""
    return token.lower_ == "old" and with_the(token) and bool(_age_of(token))


def _age_of(old) -> str:
    """The number of "the 19-year-old" (the parse's "19" under "year" under "old"), else ""."""
    return next((g.text for c in old.children if c.lower_ in ("year", "years") for g in c.children if g.like_num), "")


# Nouns a demonym turns into its country ("the Venezuelan people"), unlike "the Colombian peace process".
_COUNTRY_BODIES = _forms("people peoples government governments side authorities state nation leadership",
                         "administration delegation army forces membership bid entry accession candidacy",
                         # the epithets state and party media give a state ("the U.S. imperialists",
                         # "the Japanese militarists", "the Israeli occupiers")
                         "imperialists militarists warmongers aggressors occupiers invaders colonialists")  # fmt: skip


# Acts of force only a state does, which a demonym before them makes that state's: "condemned the
# Israeli military offensive", "denounced the US air strikes". (Not sanctions or an embargo: "Russia
# sanctions" are as often those against it; one strike only from the air: "the French strike" is the
# workers', "recent Israeli strikes" the state's.)
ACTS_OF_FORCE = _forms(
    "offensive offensives attack attacks aggression invasion occupation blockade strikes airstrike airstrikes "
    "bombing bombings bombardment raid raids incursion incursions drills exercises crackdown annexation"
)
_STRIKES_FROM_THE_AIR = _forms("air missile drone")
# Acts of force a name before them is as often the target of: "the Sony Pictures attack".
_TARGETED_ACTS = _forms("attack attacks bombing bombings raid raids")


def _an_act_of_force(noun) -> bool:
    """ "The Israeli offensive", "the US air strikes", "recent Israeli strikes"; not "the French strike"."""
    if noun.lower_ == "strike":
        return any(c.lower_ in _STRIKES_FROM_THE_AIR for c in noun.lefts)
    return noun.lower_ in ACTS_OF_FORCE


# A state's own words for itself, which an "of" phrase naming a country makes that country's.
_A_STATES_OWN = frozenset("party state government people peoples nation leadership".split())


# People who stand against whom their phrase names: "BT's competitors", "critics of the plan"
# are never BT or the plan's author. (Plural only: "its rival accused it" names one rival, told before.)
ADVERSARIES = frozenset(_forms("competitors rivals critics opponents enemies detractors foes"))
# "The party", "the company": the organisation of that kind named last.
_ORG_KINDS = "party company firm club group bank union organisation organization charity agency bloc body"
_ORG_NOUNS = _forms(_ORG_KINDS)
# The nouns a story tells of a country it named by ("the West African country").
_COUNTRY_NOUNS = frozenset("country nation kingdom republic".split())
# Firms by their trade, which a story writes for the firm it named ("accusing the lender of …").
# (Not "regulator", "watchdog": the last body named before them is as often the firm they fined.)
_FIRM_KINDS = _forms("lender airline carrier insurer carmaker broadcaster conglomerate")
_BODY_NOUNS = _ORG_NOUNS | _FIRM_KINDS
# "The firm", "the company": a business, never the party, union or state body named after it last
# ("Labour MP Harriet Cole accused the firm": not Labour). A body is told by its name's last word,
# or by a party's word anywhere in it ("Labour", "Tory", "Lib Dems").
_FIRM_NOUNS = _forms("company firm") | _FIRM_KINDS
_NO_FIRM_HEADS = frozenset(
    """party parties union unions federation confederation association ministry department commission committee
    council parliament assembly senate congress authority government police army navy court tribunal league
    campaign foundation charity alliance coalition movement front tories conservatives dems democrats
    republicans greens socialists communists""".split()
)
_STATE_BODY_OPENERS = frozenset("ministry department office".split())
_PARTY_WORDS = frozenset("labour tory conservative liberal snp ukip plaid sinn".split())
# Bodies whose name holds the word a story writes for them: "the association" is the Irish
# Passengers' Rights Association, "the commission" the Federal Trade Commission.
_BODY_KINDS_IN_NAMES = _forms(
    "association federation commission committee council bureau authority inspectorate coalition alliance "
    "movement network institute tribunal ministry trust foundation society league forum front court"
)
# A noun written right before a name, which the story may use for it after: "energy watchdog
# PowerWatch", "Thai conglomerate Chanthavong Group"; a kind of body also set off: "the union
# Jedność", "union, Jedność," (not any noun before a comma: "Under the agreement, Norvane will …").
_INTRODUCING_NOUN = re.compile(rf"\b(?:([a-z]+)|((?i:{'|'.join(_ORG_KINDS.split())})),?(?:\s+the)?)\s+$")
# A kind of body written right after its name: "the Amalgamated Engineering and Allied Trades union".
_KIND_AFTER_THE_NAME = re.compile(r"\s+([a-z]+)\b")
# Other nouns of a kind of organisation, which a name before them gives ("the Balco laboratory").
# (Not "operator", "retailer", "airline": "the Boeing operator" flies Boeing's planes.)
_ORG_KIND_NOUNS = _forms("laboratory laboratories lab labs consortium")
# ("the Rapid Shield militia", "the Hamas movement": an armed or political group by its kind)
_ORG_KIND_NOUNS |= _forms("militia militias movement faction army gang cartel coalition alliance front network")


class Actors:
    """Resolves a phrase to an entity, with what the article said so far."""

    def __init__(self, people: Mapping[str, Person], pairs: Sequence[tuple[str, str]]):
        self.people = people
        self.pairs = list(pairs)  # the article's meetings, (a, b), in order
        self.crowded: set[tuple[str, str]] = set()  # pairs of meetings of three or more
        self.counterparts: dict[str, str] = {}  # side → the side it last met, visited or signed with
        self.roles = RoleBook(people)  # who holds which role, from titles and descriptions
        # the same of the whole article, read ahead when an office needs it: "the Pakistani
        # president's visit … President Pervez Musharraf arrived" (`read_ahead`, `_roles_ahead`)
        self._article: Sequence[ParagraphIn] = ()
        self._introduced: dict[str, list[str]] | None = None
        self._article_roles: RoleBook | None = None
        self._article_countries: dict[str, str] | None = None  # ISO alpha-3 → entity id, on first need
        self.known: dict[str, str] = {}
        self.countries: dict[str, int] = {}
        self.groups: dict[tuple, list[EntitySpan]] = {}
        self.orgs: dict[str, int] = {}
        self.last_org_or_country: str | None = None
        self.last_org: str | None = None
        # The country the article is about (`home_country`): whose "the government" it means.
        self.home_country: str | None = None
        # ISO alpha-3 → entity id of every country the corpus names: the country of a known city
        # the article does not name ("arrived in Seoul"), where another article names it.
        self.corpus_countries: Mapping[str, str] = {}
        self.topic: str | None = None  # the person the last parsed sentence was about (its subject)
        self.topic_where: tuple[int, int, bool] | None = None  # its paragraph, end, whether it ends it
        self.plural_topic: list[str] = []  # the members of the last sentence's plural subject
        self.plural_where: tuple[int, int, bool] | None = None
        self.body_topic: str | None = None  # the firm or country the last parsed sentence was about
        self.subject_verb = ""  # the verb the last subject followed was the subject of, as written
        self.spoken_for: dict[str, str] = {}  # "spokesman" → the body the last one spoke for
        self.body_where: tuple[int, int, bool] | None = None
        # person → whether every mention so far was as a possessor or as whose time in office it was
        self.held_only: dict[str, bool] = {}
        self.speaker: str | None = None  # the last person the article said spoke ("X said that:")
        self.speaker_paragraph: int | None = None
        self.last_narrative: int | None = None  # the last paragraph read with words outside quotations
        self.sentence_starts: list[int] = []  # of the paragraph being read, parsed sentences or not
        self.narrative_starts: list[int] = []  # those of its sentences that are not all quotation
        self.named_before: list[list[str]] = []  # the people each sentence before named
        self._named_here: tuple[ParagraphIn, list[list[str]]] | None = None  # and those of the paragraph read

    @property
    def recent_people(self) -> list[str]:
        """The people named so far (outside quotations), in order: the role book keeps them."""
        return self.roles.recent

    def last_people(self, token, paragraph: ParagraphIn, n: int, exclude=None) -> list[str]:
        """ "Both men", "the three men": the last `n` people named before it (other than `exclude`)."""
        here = [e.entity_id for e in paragraph.entities if e.type == "PERSON" and e.char_end <= token.idx]
        last = [p for p in dict.fromkeys(reversed(self.recent_people + here)) if p != exclude][:n]
        return last[::-1] if len(last) == n else []

    def met(self, a: str | None, b: str | None) -> None:
        """Two sides of a meeting, visit or signing, told in that order so far."""
        if a is not None and b is not None:
            self.counterparts[a], self.counterparts[b] = b, a

    def pair(self, word: str = "sides") -> tuple[str, str] | None:
        """ "The two sides": those of the article's last meeting, else its two most named countries;
        "the two firms": its two most named organisations."""
        if self.pairs and word in _PAIR_OFFICES and self.pairs[-1] in self.crowded:
            return None  # "A met B and C. The two ministers signed …": which two, the text does not say
        if self.pairs and word not in _ORG_PAIR_WORDS:
            if _PAIR_KINDS.get(word) == "PERSON":
                # "praised both leaders": the last pair met who both hold the office ("Bush met Putin
                # … Rice met Lavrov … praised both leaders": not the ministers), else of whom neither
                # holds it out of office or as a deputy (not "Watanabe also met opposition leader
                # Carol Benning" after his talks with Prime Minister Hartigan)
                office = _singular(word)
                holding = [p for p in self.pairs if all(self.roles.holds(side, office) for side in p)]
                fit = holding or [p for p in self.pairs if not any(self.roles.out_of_office(side) for side in p)]
                if fit:
                    return fit[-1]
            return self.pairs[-1]
        if word == "two" or word in _PAIR_OFFICES:
            # "the two" with no meeting told: two of what, the text does not say; "the two mayors":
            # people, never the article's two countries
            return None
        # With no meeting, "both parties" are political ones: organisations, not countries.
        named = self.orgs if word in _ORG_PAIR_WORDS or word == "parties" else self.countries
        top = [c for c, _ in sorted(named.items(), key=lambda kv: -kv[1])[:2]]
        return (top[0], top[1]) if len(top) == 2 else None

    def holders_met(self, holders) -> tuple[str, str] | None:
        """ "The ministers signed three agreements" after one minister received another: the last
        pair met, if both hold that office (with the words before it: "the foreign ministers") and
        neither met someone else in the article ("A met B and later C": which two, the text does
        not say)."""
        if not self.pairs or (last := self.pairs[-1]) in self.crowded:
            return None
        if any(set(p) & set(last) and set(p) != set(last) for p in self.pairs):
            return None
        if holders.lower_ == "delegations":
            return last  # "the delegations then signed three instruments": those who met, each for a side
        office = _singular(holders.lower_)
        words = {role_key(c.text) for c in holders.children if c.dep_ in ("amod", "compound")}
        return last if all(self._holds_or_counterpart(side, office, words) for side in last) else None

    def met_a_holder_of_the_same_office(self, person: str, office_word) -> bool:
        """Did the person meet someone else who holds that office ("A met B … the president": which
        president, the words do not say)?"""
        office = _singular(office_word.lower_)
        return any(
            person in pair and any(other != person and self.roles.holds(other, office) for other in pair)
            for pair in self.pairs
        )

    def _holds_or_counterpart(self, person: str, office: str, words: set[str]) -> bool:
        """Holds the office with these words of it, or is the counterpart of one who does
        ("received his Honduran counterpart, Marcela Cruz Banegas")."""
        abroad = self.roles.abroad.get(person, set())
        if not words <= self.roles.every_word(person) | abroad:
            return False  # "the finance ministers" after two foreign ministers met
        return self.roles.holds(person, office) or office in abroad

    def pair_near(self, word, paragraph: ParagraphIn) -> tuple[str, str] | None:
        """ "In a thaw between Egypt and Israel, the two countries …": the two sides of the pair
        word's kind named in its sentence before it, if there are exactly two; else `pair`."""
        kind = _PAIR_KINDS.get(word.lower_, "ORG" if word.lower_ in _ORG_PAIR_WORDS else None)
        start = word.sent.start_char
        # (not those of whoever speaks of the pair: "Chinese foreign ministry spokeswoman X said Tokyo
        # was … and accused the two countries of …")
        speaker = _subject(word.head) if word.dep_ == "dobj" else None
        # (the words before the speaker's noun only: not a clause after it, "X, who visited Israel and
        # Syria last week, criticised the two countries")
        said_by = {t.idx for t in speaker.subtree if t.i <= speaker.i} if speaker is not None else set()
        named = list(dict.fromkeys(e.entity_id for e in paragraph.entities if e.type == kind
                                   and start <= e.char_start < word.idx and e.char_start not in said_by))  # fmt: skip
        if kind and len(named) == 2:
            return named[0], named[1]
        if kind == "PERSON" and not self.pairs and (holders := self._last_two_holding(word, paragraph)):
            return holders  # "the two leaders", with no meeting told: the last two people named so
        pair = self.pair(word.lower_)
        if pair is not None and word.lower_ in _STATE_PAIR_WORDS:
            states = self._their_states(pair, paragraph)
            if states is None and kind == "COUNTRY":
                return self._countries_of_the_pair(pair, paragraph)
            return states or pair
        return pair

    def _countries_of_the_pair(self, pair: tuple[str, str], paragraph: ParagraphIn) -> tuple[str, str] | None:
        """ "The two countries" after a meeting that is not two people of states written: each side's
        country where the article writes one with it, else the side as met (a person of no country
        written, a body)."""
        sides = [(self._state_of(side, paragraph) if self.kind_of(side) == "PERSON" else None) or side for side in pair]
        return (sides[0], sides[1]) if sides[0] != sides[1] else None

    def _last_two_holding(self, word, paragraph: ParagraphIn) -> tuple[str, str] | None:
        """The two people named before `word` ("leaders", "mayors") who hold that office, if two do
        and no third (not any two people: "the Datuk Bandar (mayor) of Kota Kinabalu" may read as
        one; nor two of three presidents named)."""
        office = _singular(word.lower_)
        # (the last two holders named together, "President Jacques Chirac and Chancellor Gerhard
        # Schroeder arrived", in this paragraph or the ones before; else the two the article names)
        told = [p for p in self._article if p.paragraph_no < paragraph.paragraph_no] + [paragraph]
        for p in reversed(told):
            people = [e for e in p.entities if e.type == "PERSON" and (p is not paragraph or e.char_end <= word.idx)]
            for first, second in reversed(list(zip(people, people[1:], strict=False))):
                joined = _JOINED_BY_AND.fullmatch(p.text[first.char_end : second.char_start]) is not None
                if joined and all(self.roles.holds(e.entity_id, office) for e in (first, second)):
                    return first.entity_id, second.entity_id
        here = [e.entity_id for e in paragraph.entities if e.type == "PERSON" and e.char_end <= word.idx]
        holding = [p for p in dict.fromkeys(reversed(self.recent_people + here)) if self.roles.holds(p, office)]
        return (holding[1], holding[0]) if len(holding) == 2 else None

    def _serves_a_state(self, person: str) -> bool:
        """Does the article write the person with an office of state ("President", "Foreign
        Minister", "ambassador"), not a trade or a club's post?"""
        return bool(self.roles.every_word(person) & STATE_OFFICES)

    def _state_of(self, person: str, paragraph: ParagraphIn) -> str | None:
        """The entity id of the one country the article writes with the person's name, else None."""
        countries = self.nationality(person)  # (none for a country: "Kenya" has no country before it)
        return self.country_id(next(iter(countries)), paragraph) if len(countries) == 1 else None

    def _their_states(self, pair: tuple[str, str], paragraph: ParagraphIn) -> tuple[str, str] | None:
        """ "Ma held a phone conversation with Santoso … the two sides signed an action plan": the
        sides of a meeting of two people of two states are those states, as diplomatic copy means
        them (None unless each is written with one country, and the two differ)."""
        states = [self._state_of(side, paragraph) if self._serves_a_state(side) else None for side in pair]
        # (not "French manager Arsene Wenger … Portuguese coach Jose Mourinho")
        return (states[0], states[1]) if None not in states and states[0] != states[1] else None

    def of(self, token, paragraph: ParagraphIn, prefer=("PERSON", "COUNTRY", "ORG"), exclude=None) -> str | None:
        if token is None:
            return None
        # (a relative's subject acts in its clause, whatever the noun does in its own: "met the
        # Hungarian foreign minister, who praised …"; not an office that only says whose someone
        # is, "the wife of the Ghanaian president, who praised …")
        acting = token.lower_ in ("who", "that") and token.dep_ == "nsubj"
        token = relative_noun(token)  # "Ramotar, who was visiting China": the relative's noun
        acting = acting and token.lower_ not in ("who", "that") and not _whose_someone_is(token)
        lower = token.lower_
        if _first_person(token, paragraph):
            # Not in a sentence with a reporting verb of its own: "‘I thank Henry,’ said Wenger" is
            # a quotation in single marks, whose speaker that sentence names.
            if any(_REPORTING.fullmatch(t.lower_) for t in token.sent if t.pos_ == "VERB"):
                return None
            return self.speaker if self.speaker != exclude else None
        if lower == "it":
            # "Absa said it backed Barclays": the organisation or country that says so (as the
            # meetings read it), else a firm or a country told of before it, in its sentence or
            # the ones before.
            reporter = _reporting_org(token, paragraph)
            if reporter is not None and reporter != exclude:
                return reporter
            if (leader := self.delegation_greeted(token, paragraph)) is not None and leader != exclude:
                return leader  # "A delegation … led by X arrived here. ‖ It was greeted at the airport by Y"
            if (same := self._subject_it_goes_on_with(token, paragraph, exclude)) is not None:
                return same
            return self._org_or_country_before(token, paragraph, exclude)
        own = [e for e in _entities_in([token], paragraph.entities) if e.type in ("PERSON", "COUNTRY", "ORG")]
        if own and own[0].type == "ORG":
            # "Cuba's Foreign Ministry", "the Chinese embassy": the country it acts for; "The Federal
            # Government has condemned …": the article's country
            name = paragraph.text[own[0].char_start : own[0].char_end]
            country = _country_of_organ(token, own[0], paragraph) or named_government_country(
                name, token.sent, paragraph.entities, self.home_country
            )
            if (country := country or self._country_where_said(own[0], token, paragraph)) is not None:
                return country
        if own and lower not in _PRONOUNS and token.pos_ == "PROPN":
            return own[0].entity_id  # the subject's own name, before any name deeper in its phrase
        if lower in _DELEGATIONS and (leader := _whose_leader(token, paragraph)) is not None and leader != exclude:
            return leader  # "Asante-Boakye, whose delegation arrived in China": the one it is of
        if lower in _DELEGATIONS and (leader := _leader_in_phrase(token, paragraph)) is not None:
            return leader  # "A Vietnamese government delegation headed by X arrived": X, not Vietnam
        told_again = lower in _DELEGATIONS or (lower in _THE_GUESTS and _guests_received(token))
        if told_again and with_the(token) and not _entities_in(_pruned_subtree(token), paragraph.entities):
            # "met a delegation of the SACP led by X … The delegation arrived in Beijing on Sunday": X
            # (or "the visitors", "the guests", bare)
            told = [(paragraph, token.idx)] + [(p, len(p.text)) for p in self.paragraphs_before(paragraph)[::-1]]
            if (leader := led_a_delegation_before(told)) is not None and leader != exclude:
                return leader
        if lower in _HEADS_OF_A_DELEGATION and with_the(token) and (led := _delegation_it_heads(token)) is not None:
            # "The head of the delegation expressed full support …": whom the delegation was led by
            return self.of(led, paragraph, prefer, exclude)
        if (subject := self._possessor_is_subject(token, paragraph, exclude)) is not None:
            return subject
        if (issuer := self.issuer(token, paragraph)) is not None and issuer != exclude:
            return issuer  # "The statement condemned …": whoever issued it
        thanked = _object_its_for_phrase_is_about(token, paragraph) if lower in _OWNER_PRONOUNS else None
        if thanked is not None and thanked != exclude:
            return thanked  # "thanked Angola for its vote at the UN General Assembly and for its solidarity"
        if lower in _OWNER_PRONOUNS:
            # "thanked China for its support": the last country or organisation named before it in
            # the sentence (a person is "his" or "her").
            start = token.sent.start_char
            before = [e for e in paragraph.entities if e.type in ("COUNTRY", "ORG") and start <= e.char_start
                      and e.char_end <= token.idx and e.entity_id != exclude]  # fmt: skip
            if before or lower != "its":
                return before[-1].entity_id if before else None
            # "Its deal with SBC was the largest": an "its" with no firm or country before it in its
            # sentence means the firm or country told of before ("their" is as often people's).
            return self._org_or_country_before(token, paragraph, exclude)
        if an_age_for_a_person(token):
            # "Rooney scored twice. The 19-year-old was praised by Ferguson": a person told of by their
            # age is whom the story is about, the person it has named most so far (of those named
            # as often, the last); unless the story told of someone unnamed by that age ("a
            # 19-year-old man was arrested … The 19-year-old was charged": no one named)
            if self._unnamed_of_that_age(token, paragraph):
                return None
            return self._most_told_person(token, paragraph, exclude)
        if lower in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
            # "X said … and she accused …": a subject named earlier in the pronoun's own sentence
            # goes before the last sentence's subject.
            if (earlier := self._subject_before(token, paragraph, _PRONOUNS[lower], exclude)) is not None:
                return earlier
            if self._topic_fits(token, paragraph, _PRONOUNS[lower], exclude):
                return self.topic  # a subject pronoun goes on with the last sentence's subject
            if (opener := self._opener_fits(token, paragraph, _PRONOUNS[lower], exclude)) is not None:
                return opener  # or with the person the sentence before named first, parsed or not
        if lower in _PRONOUNS:
            before = [e for e in paragraph.entities if e.type == "PERSON" and e.char_end <= token.idx]
            # A person named as a possessor ("Tony Blair's prediction") is less likely the one a
            # pronoun means than one named as a subject or object: they are tried last.
            # So is one named only as whose time in office it was ("during the premiership of
            # Margaret Thatcher"), here or in every mention so far.
            held = [e for e in before if paragraph.is_possessor(e) or _named_for_a_time_of_office(paragraph.text, e)]
            candidates = [e.entity_id for e in before[::-1] if e not in held]
            recent = self.recent_people[::-1]
            candidates += [e.entity_id for e in held[::-1]] + [p for p in recent if not self.held_only.get(p)]
            candidates += [p for p in recent if self.held_only.get(p)]
            for entity_id in candidates:
                if entity_id == exclude:
                    continue
                gender = self.people.get(entity_id, Person()).gender
                if gender is None or gender == _PRONOUNS[lower]:
                    return entity_id
            return None
        if bare_government(token):
            country = self.government_of(token, paragraph)
            return country if country != exclude else None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if lower in _FIRMS_ORGANS and owner is not None and owner.lower_ in _OWNER_PRONOUNS:
            return self.of(owner, paragraph, prefer, exclude)  # "its board gave a vote of confidence": its
        if lower == "office" and owner is not None and (is_role_word(owner) or owner.pos_ == "PROPN"):
            return self.of(owner, paragraph, prefer, exclude)  # "the Israeli prime minister's office accused": his
        if (country := self._ones_own_country(token, owner, paragraph)) is not None and country != exclude:
            return country  # "the Angolan head of state reiterated his country's condemnation of …"
        if owner is not None and owner.lower_ == "whose" and (body := _whose_body(token, paragraph)) is not None:
            return body if body != exclude else None  # "chief executive of Hallstein, whose company signed"
        if lower == "party" and token.tag_ == "NN" and owner is not None and owner.lower_ in ("his", "her"):
            # "Chissungo reaffirmed his party's solidarity with Cuba": he speaks for it
            if (person := self.of(owner, paragraph, ("PERSON",), exclude)) is not None:
                return person
        if self.a_country_told_of(token, paragraph):
            # "China congratulated the West African country", "WHO commended the country"
            return self.last_country_before(token, paragraph, exclude)
        if (
            (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and lower in _BODY_KINDS_IN_NAMES))
            and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
            and not _entities_in([token], paragraph.entities)
        ):
            # "the company accused …", "whom the commission accused": the body of that kind told of
            # (written with a capital too, "The Ministry also welcomed …")
            if (body := self.org_named_last(token, paragraph, exclude)) is not None:
                if lower == "ministry" and (country := self._country_of_a_bare_organ(paragraph)) not in (None, exclude):
                    return country  # a ministry told again acts for the country where the story is filed
                return body
        if lower in ADVERSARIES and token.pos_ == "NOUN":
            # "BT's competitors accused it …": not the firm they compete with; only a name given them
            # ("its rivals, Tesco and Asda", "critics including John Smith") says who they are
            named = _entities_in(_named_members(token), paragraph.entities)
            return next((e.entity_id for e in named if e.type in _SIDE_TYPES and e.entity_id != exclude), None)
        phrase = _pruned_subtree(token)
        found = _entities_in(phrase, paragraph.entities)
        people = [e for e in found if e.type == "PERSON"]
        if lower in RELATIONS:
            # "the parents of Stefan", "Victoria's father": a relative is someone else than whom
            # the phrase relates them to; only one named in apposition is ("his brother, Ben")
            named = [t for n in phrase if n.dep_ == "appos" for t in n.subtree]  # hung on either noun
            people = _entities_in(named, people)
            return people[0].entity_id if people and people[0].entity_id != exclude else None
        if someones_aide(token):
            # "Lowe's coach, Dai Young", "his lawyer": the aide, if named, never whom he serves
            owners = _entities_in([t for c in token.children if c.dep_ == "poss" for t in c.subtree], found)
            people = found = [e for e in found if e not in owners and e.type == "PERSON"]
        # "the member for Wentworth, Sophie Marchetti, accused …": the person named in apposition
        # (which the parser may hang on the description's last noun), not a name inside the
        # description (a place the model took for a person)
        set_apart = _entities_in([t for c in token.children if c.dep_ == "appos" for t in c.subtree], people)
        set_apart = set_apart or described_person(token, paragraph)
        if token.pos_ == "NOUN" and set_apart and set_apart[0].entity_id != exclude:
            return set_apart[0].entity_id
        # "Kaye's record label, Solace Records, signed …": the label named in apposition, not its owner
        # (a body's name in the apposition of a body, or as the apposition's head word: not "Iran's
        # negotiator, a former IAEA inspector, …")
        apposed = [t for c in token.children if c.dep_ == "appos" for t in (c.subtree if lower in _BODY_NOUNS else [c])]
        bodies_apart = [e for e in _entities_in(apposed, found) if e.type == "ORG" and e.entity_id != exclude]
        if token.pos_ == "NOUN" and bodies_apart and lower not in PERSON_NOUNS:
            return bodies_apart[0].entity_id
        if people:
            return people[0].entity_id
        if speaks_for_someone(token):
            # "a spokesman for the DPRK Foreign Ministry denounced …": the body he speaks for, read
            # as the body itself would be (its country, for a state's organ); "the spokesman" after
            # it, the same body
            bodies = _prep_objects(token, ("for", "of"))
            for body in bodies:
                if (spoken_for := self.of(body, paragraph, prefer, exclude)) is not None:
                    self.spoken_for[lower] = spoken_for
                    return spoken_for
            told = self.spoken_for.get(lower)
            if not bodies and told is not None and told != exclude and with_the(token):
                return told
        if token.text in self.known:
            return self.known[token.text]
        if (holder := self.role_holder(token, paragraph, exclude, acting)) is not None:
            return holder
        if (side := self.office_told_with_its_side(token, paragraph)) is not None and side != exclude:
            return side  # "the EU trade commissioner signed … The commissioner, who flew to Shanghai": the EU
        if (
            _the_bare_head_of_state(token)
            and not self._a_head_of_state_of_a_country_told(token, paragraph)
            and (country := self._country_of_a_bare_organ(paragraph)) not in (None, exclude)
        ):
            return country  # "HAVANA (Granma) — The President of the Republic received …", named nowhere
        if (
            token.pos_ == "NOUN"
            and not people
            and (any(t.lower_ in PERSON_NOUNS for t in _with_joined(phrase)) or token.lower_ in _PEOPLE_BY_ROLE)
        ):
            # "The Tory co-chairman attacked …", a role the article never gave: no one we can name
            # (the last sentence's subject was as often someone else), never the party in its words;
            # nor "the American singer", a person of that country by trade (stop 43).
            return None
        if a_firm_of_a_country(token, found):
            return None  # "the US network", "the British broadcaster": a firm of that country, not it
        # (a name between commas the parser may hang as an adverbial: "union, Jedność, lambasted")
        set_off = [c for c in token.children if c.dep_ == "appos" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                   and c.i > token.i and c.nbor(-1).text == ",")]  # fmt: skip
        named = _entities_in([t for c in set_off for t in c.subtree], found)
        if token.pos_ == "NOUN" and named and named[0].entity_id != exclude:
            return named[0].entity_id  # "Poland's largest union, Jedność, lambasted …": the union, not Poland
        if token.pos_ == "NOUN" and _against_its_state(token):
            return None  # "Kenya's main opposition alliance endorsed …": not Kenya, and unnamed here
        for kind in prefer:
            chosen = [e for e in found if e.type == kind]
            if chosen and kind == "ORG":
                # "In Seoul, a Foreign Ministry spokesman castigated …": the organ's country
                return self._country_where_said(chosen[0], token, paragraph) or chosen[0].entity_id
            if chosen:
                return chosen[0].entity_id
        return None

    def _country_where_said(self, organ: EntitySpan, token, paragraph: ParagraphIn) -> str | None:
        """ "In Seoul, the Foreign Ministry …": a state organ named with no country acts for the
        country of the city its sentence opens with, where the article names that country
        (`country_of`). Only an organ the model named: a lowercase "the commerce ministry" was tried
        and added a wrong row on an unread set. With no such city, the country of the story's
        dateline, where the article is about that country or about none ("ABU DHABI (WAM) -- … In
        a statement, the Ministry of Foreign Affairs reaffirmed …": the UAE's)."""
        if not _ORGAN.fullmatch(paragraph.text[organ.char_start : organ.char_end].strip()):
            return None
        opening = _the_place_a_sentence_opens_with(token, paragraph)
        if opening is None and re.match(r"\s+(?:in|of)\s+[A-Z]", paragraph.text[organ.char_end :]):
            return None  # "the Ministry of Foreign Affairs in Moscow": where it is, not where the story is
        if opening is None:
            return self._country_of_a_bare_organ(paragraph)
        country = self.country_of(opening.entity_id, paragraph) if opening.entity_id else None
        return country.entity_id if country is not None else None

    def _country_of_a_bare_organ(self, paragraph: ParagraphIn) -> str | None:
        """Whose a state organ named with no country is: the dateline's country (`_country_filed_from`),
        unless the article named an organ with its country before (`_organ_of_a_country_told`)."""
        return None if self._organ_of_a_country_told(paragraph) else self._country_filed_from(paragraph)

    def _a_head_of_state_of_a_country_told(self, token, paragraph: ParagraphIn) -> bool:
        """Did the article, before the token, write a head of state or government with the country
        ("Iran's president", "the Iranian president", "the President of Iran")? Then a bare "the
        president" after it may be that one, whatever the dateline."""
        texts = [p.text for p in self.paragraphs_before(paragraph)] + [paragraph.text[: token.idx]]
        found = (m.group(1) or m.group(2) for text in texts for m in _HEAD_OF_STATE_WITH_A_COUNTRY.finditer(text))
        return any(iso3_for(word) for word in found)

    def _organ_of_a_country_told(self, paragraph: ParagraphIn) -> bool:
        """Did the article, before this paragraph or in it, name a state organ with its country
        ("Ukraine's Ministry of Energy", "the Chinese Foreign Ministry", "the Ministry of Defence of
        Peru")? Then a bare "the Ministry" may be that one, whatever the dateline."""
        for p in [*self.paragraphs_before(paragraph), paragraph]:
            for e in p.entities:
                if e.type != "ORG" or not re.search(
                    r"\b(?:Ministry|Embassy|Department|Office)\b", p.text[e.char_start : e.char_end]
                ):
                    continue
                name = p.text[e.char_start : e.char_end]
                owner = re.search(r"([A-Z][\w.-]*)(?:['’]s)?\s+$", p.text[max(0, e.char_start - 30) : e.char_start])
                if country_of_organ_name(name) or (owner is not None and iso3_for(owner.group(1))):
                    return True
        return False

    def _country_filed_from(self, paragraph: ParagraphIn) -> str | None:
        """The country of the paragraph's dateline, unless the article is about another."""
        dateline = paragraph.dateline_place_entity
        filed = self.country_of(dateline, paragraph) if dateline else None
        if filed is None or self.home_country not in (None, filed.entity_id):
            return None
        return filed.entity_id

    def delegation_greeted(self, token, paragraph: ParagraphIn) -> str | None:
        """The leader of the delegation an "it" received stands for: "A delegation of the Lao
        People's Revolutionary Party led by X arrived here … It was greeted at the airport by Y",
        the way agency copy tells a delegation's arrival. Only a passive of greeting or receiving,
        in this paragraph or the one after the delegation's."""
        if token.dep_ != "nsubjpass" or token.head.lower_ not in _GREETED:
            return None
        here = [(paragraph, token.idx)] + [(p, len(p.text)) for p in self.paragraphs_before(paragraph)[-1:]]
        return led_a_delegation_before(here)

    def _subject_it_goes_on_with(self, token, paragraph: ParagraphIn, exclude) -> str | None:
        """A subject "it" goes on with the firm or country its sentence's clause before is about,
        not with the one that clause names last ("Corvex signed a deal with Pemberton Steel, and in
        March it agreed to buy Skjold": Corvex), else with the last sentence's, in the very next
        sentence ("Corvex signed a deal with Pemberton Steel. It also agreed …")."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = token.head
        if (above := _clause_above_a_relative(verb)) is not None:
            # "The United States imposed sanctions on eight Iranian firms that it accused of …": not
            # the firms the relative clause is on, nor a name in their phrase, but that clause's subject
            subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
            named = [e for c in subjects for e in _entities_in(_pruned_subtree(c), paragraph.entities)
                     if e.type in ("ORG", "COUNTRY")]  # fmt: skip
            if named:
                return named[0].entity_id if named[0].entity_id != exclude else None
        if (participle := _participle_above_a_relative(verb)) is not None and (
            doer := _subject(participle)
        ) is not None:
            # "adopted a statement … condemning the Potosí Civic Committee, which it accused of …":
            # whoever the participle's words are (its own name first: "Venezuela's National
            # Assembly", not Venezuela)
            named = _entities_in([doer], paragraph.entities) + _entities_in(_pruned_subtree(doer), paragraph.entities)
            named = [e for e in named if e.type in ("ORG", "COUNTRY")]
            if named:
                return named[0].entity_id if named[0].entity_id != exclude else None
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head
            before = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
            named = [e for c in before for e in _entities_in(_pruned_subtree(c), paragraph.entities)
                     if e.type in ("ORG", "COUNTRY")]  # fmt: skip
            if before:
                return named[0].entity_id if named and named[0].entity_id != exclude else None
        return self.body_of_the_sentence_before(token, paragraph, exclude)

    def body_of_the_sentence_before(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """The firm, party or country the sentence right before `token`'s was about ("The Tories
        have called for a change in the law. Their demands …": the Tories)."""
        if self.body_topic in (None, exclude) or self.body_where is None:
            return None
        return self.body_topic if self._next_sentence(self.body_where, token, paragraph) else None

    def _org_or_country_before(self, token, paragraph: ParagraphIn, exclude) -> str | None:
        """The firm or country named last before `token`: in its paragraph, else earlier."""
        before = [e for e in paragraph.entities if e.type in ("COUNTRY", "ORG") and e.char_end <= token.idx
                  and e.entity_id != exclude]  # fmt: skip
        if before:
            return before[-1].entity_id
        return self.last_org_or_country if self.last_org_or_country != exclude else None

    def role_holder(self, token, paragraph: ParagraphIn, exclude=None, acting: bool = False) -> str | None:
        """ "The Chinese premier", "the Tory leader": the last person named (in this paragraph
        before the phrase, else earlier) whose title or description has the phrase's words; else
        the office's country or body, where it acts (`acting`: through a relative clause)."""
        deed = deed_hung_on_the_accused(token)
        words = role_words(token, [t for t in _pruned_subtree(token) if t.i not in deed])
        if words is not None and (holder := self.roles.holder(words, paragraph.text, paragraph.entities, token.idx,
                                                               exclude)):  # fmt: skip
            return holder
        if words is not None and len(words) >= 2 and (later := self._roles_ahead().holder(words, "", [], 0, exclude)):
            return later  # named later with the office and its country, not only "the president"
        office = _office_of(token, paragraph, exclude, acting)
        organ = next((e for e in paragraph.entities if e.entity_id == office and e.type == "ORG"), None)
        if organ is not None:  # "In Seoul, a Foreign Ministry spokesman castigated …": the organ's country
            return self._country_where_said(organ, token, paragraph) or office
        return office

    def country_of(self, place_id: str, paragraph: ParagraphIn, home: set[str] = frozenset()) -> EntitySpan | None:
        """The country a city is in (GeoNames, `places.countries_of_place`), as the article names it:
        "Beijing" is China's where the article writes "China" or "Chinese". Of several cities of one
        name, the first (most populous) whose country the article names ("Valencia … Spain's prime
        minister": Spain). Where the article names none of them, the country of a city whose name
        alone says it (`places.country_of_a_known_city`: "flew to Zurich", "arrived in Seoul"), as
        the corpus names it. None otherwise, or where the city may be in the visitor's own country
        (`home`, ISO alpha-3: "Brazilian President X travelled to Sao Paulo" is a trip at home)."""
        place = self._place_written(place_id, paragraph)
        candidates = countries_of_place(place) if place else []
        if not candidates or home & set(candidates):
            return None
        named = _countries_of(paragraph)
        for iso3, entity_id in self.countries_of_article().items():
            named.setdefault(iso3, entity_id)  # this paragraph's name of a country first
        found = next((EntitySpan(0, 0, named[c], "COUNTRY") for c in candidates if c in named), None)
        if found is None and (iso3 := country_of_a_known_city(place)) in self.corpus_countries:
            found = EntitySpan(0, 0, self.corpus_countries[iso3], "COUNTRY")
        return found

    def _place_written(self, place_id: str, paragraph: ParagraphIn) -> str | None:
        """How the article writes a place: as a name in its text, else as the dateline that names it
        (a dateline's own place is no entity of the text: "PYONGYANG, May 20 (KCNA) -- … arrived
        here")."""
        paragraphs = [paragraph, *self._article]
        written = next((p.text[e.char_start : e.char_end] for p in paragraphs for e in p.entities
                        if e.entity_id == place_id and e.char_end > e.char_start), None)  # fmt: skip
        if written is None:
            datelines = (parse_dateline(p.text) for p in paragraphs if p.dateline_place_entity == place_id)
            written = next((d.place for d in datelines if d is not None and d.place), None)
        return written

    def nationality(self, entity_id: str) -> set[str]:
        """ISO alpha-3 of the countries the article writes with a person's name as their office's
        ("Turkish President Kemal Aydin", "President Musharraf of Pakistan"), anywhere in it."""
        found: set[str] = set()
        for paragraph in self._article:
            for e in paragraph.entities:
                if e.entity_id == entity_id:
                    found |= countries_before(paragraph.text, e.char_start)
                    if after := country_after(paragraph.text, e, paragraph.entities):
                        found.add(after)
        return found

    def government_of(self, government, paragraph: ParagraphIn) -> str | None:
        """Whose a bare "the government" is: that of a party's country (`partys_government`), else
        the article's (`roles.government_country`)."""
        return self.partys_government(government, paragraph) or government_country(
            government, paragraph.entities, self.home_country
        )

    def partys_government(self, government, paragraph: ParagraphIn) -> str | None:
        """The country of the party whose criticism or praise of a bare "the government" its clause
        tells, wherever the story is ("the Conservatives accused the government", "Conservative MP
        X … criticised the government", in a story of a deal signed in Paris); else None."""
        subject = clause_subject(government)
        if subject is None:
            return None
        stories = self._story_countries(paragraph)
        party = country_of_a_party_named(phrase_words(subject), stories)
        if party is None and of_the_opposition(subject):
            # "CARACAS (teleSUR) — … Opposition deputy X, of the Alianza Cívica Venezolana, accused
            # the government": the opposition of the country the story is filed from, else of the
            # one it is told of, whatever its party's name
            party = self._country_said_in_iso3(subject, paragraph) or (
                next(iter(stories)) if len(stories) == 1 else None
            )
        if party is None:
            return None
        country = self.country_id(party, paragraph)
        # (not a party of that name of another country: "Israel's Labour leader X criticised the government")
        named = [e.entity_id for e in _entities_in(list(subject.subtree), paragraph.entities) if e.type == "COUNTRY"]
        return country if country is not None and all(e == country for e in named) else None

    def _country_said_in_iso3(self, token, paragraph: ParagraphIn) -> str | None:
        """ISO alpha-3 of the country of the place the token's sentence opens with ("In Madrid, …"),
        else of the paragraph's dateline, if any."""
        opening = _the_place_a_sentence_opens_with(token, paragraph)
        where = opening.entity_id if opening is not None else paragraph.dateline_place_entity
        filed = self.country_of(where, paragraph) if where else None
        return self._iso3_by_id().get(filed.entity_id) if filed is not None else None

    def _iso3_by_id(self) -> dict[str, str]:
        """Entity id → ISO alpha-3 of the countries the article, else the corpus, names."""
        return {entity_id: iso3 for iso3, entity_id in {**self.corpus_countries, **self.countries_of_article()}.items()}

    def _story_countries(self, paragraph: ParagraphIn) -> set[str]:
        """ISO alpha-3 of the article's own country and its dateline's: where the story is told."""
        by_id = self._iso3_by_id()
        dateline = paragraph.dateline_place_entity
        filed = self.country_of(dateline, paragraph) if dateline else None
        return {by_id[e] for e in (self.home_country, filed.entity_id if filed else None) if e in by_id}

    def country_id(self, iso3: str, paragraph: ParagraphIn) -> str | None:
        """The entity id of a country, as this paragraph, else the article, else the corpus names it."""
        for named in (_countries_of(paragraph), self.countries_of_article(), self.corpus_countries):
            if iso3 in named:
                return named[iso3]
        return None

    def countries_of_article(self) -> dict[str, str]:
        """ISO alpha-3 → entity id of the countries the whole article names (computed once)."""
        if self._article_countries is None:
            self._article_countries = countries_named((p.text, p.entities) for p in self._article)
        return self._article_countries

    def read_ahead(self, paragraphs: Sequence[ParagraphIn]) -> None:
        """The whole article, for an office told of before its holder is named."""
        self._article, self._article_roles, self._article_countries = paragraphs, None, None
        self._introduced = None

    def _orgs_introduced_as(self, noun: str) -> list[str]:
        """The organisations the article writes right after this noun ("the union Jedność", "union,
        Jedność,", "UK bank Barclays", "energy watchdog PowerWatch"), or, for a kind of body, right
        before it ("the Allied Trades union"), in order."""
        if self._introduced is None:
            self._introduced = {}
            for paragraph in self._article:
                for e in paragraph.entities:
                    before = _INTRODUCING_NOUN.search(paragraph.text[max(0, e.char_start - 40) : e.char_start])
                    if e.type == "ORG" and before:
                        word = (before.group(1) or before.group(2)).lower()
                        self._introduced.setdefault(word, []).append(e.entity_id)
                    after = _KIND_AFTER_THE_NAME.match(paragraph.text, e.char_end)
                    if e.type == "ORG" and after and after.group(1) in _BODY_NOUNS:
                        self._introduced.setdefault(after.group(1), []).append(e.entity_id)
        return self._introduced.get(noun, [])

    def _roles_ahead(self) -> RoleBook:
        """Every person of the article with what is written around them, noted on first need
        (most articles never name an office without its holder)."""
        if self._article_roles is None:
            self._article_roles = RoleBook(self.people)
            for paragraph in self._article:
                for e in paragraph.entities:
                    if e.type == "PERSON":
                        self._article_roles.note(paragraph.text, e, paragraph.entities)
        return self._article_roles

    def _possessor_is_subject(self, token, paragraph: ParagraphIn, exclude) -> str | None:
        """ "Mr Howard sent Mr Bush his congratulations", "Norvik sent Baltica its thanks": a
        possessive in a verb's direct object is the verb's subject's, when it fits, whoever was
        named between them."""
        if token.dep_ != "poss" or token.head.dep_ not in ("dobj", "obj"):
            return None
        subjects = [c for c in token.head.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        for e in _entities_in(subjects[:1], paragraph.entities):
            if e.entity_id == exclude:
                return None
            if token.lower_ in _OWNER_PRONOUNS and e.type in ("ORG", "COUNTRY"):
                return e.entity_id
            known = self.people.get(e.entity_id, Person()).gender
            if token.lower_ in _PRONOUNS and e.type == "PERSON" and known in (None, _PRONOUNS[token.lower_]):
                return e.entity_id
        return None

    def _subject_before(self, token, paragraph: ParagraphIn, gender: str, exclude) -> str | None:
        """The last person named as a subject before `token` in its sentence, if the gender fits."""
        for t in reversed([t for t in token.sent if t.i < token.i and t.dep_ == "nsubj" and t.pos_ == "PROPN"]):
            for e in _entities_in([t], paragraph.entities):
                known = self.people.get(e.entity_id, Person()).gender
                if e.type == "PERSON" and e.entity_id != exclude and known in (None, gender):
                    return e.entity_id
        return None

    def office_told_with_its_side(self, office, paragraph: ParagraphIn) -> str | None:
        """The country or body a bare office told again ("the commissioner") was told with before,
        no one named holding it: "the EU trade commissioner", "China's commerce minister" (its name or
        demonym right before the office, a word or two between). None where the article wrote the
        office with two sides, or with a name after it (the holder, `role_holder`'s), or for an office
        with words of its own ("the deputy commissioner")."""
        # (a phrase of a deed the parser hangs on it is no word of its own: "praised the commissioner
        # for standing firm")
        own = [c for c in office.children if c.dep_ not in ("det", "punct", "relcl", "acl", "appos")
               and not (c.dep_ == "prep" and all(g.dep_ == "pcomp" for g in c.children))]  # fmt: skip
        if not (is_role_word(office) and with_the(office)) or own:
            return None
        word = re.compile(rf"(?i:\b{re.escape(office.lower_)}\b)(?!,?\s+[A-Z])")  # (not a name after it)
        told = [(p, len(p.text)) for p in self.paragraphs_before(paragraph)] + [(paragraph, office.idx)]
        sides = set()
        for p, upto in told:
            for m in word.finditer(p.text[:upto]):
                before = [e for e in p.entities if e.type in ("COUNTRY", "ORG") and e.char_end <= m.start()]
                between = p.text[before[-1].char_end : m.start()] if before else ""
                if before and re.fullmatch(r"(?:['’]s)?(?:\s+[a-z-]+){0,2}\s+", between):
                    if _a_description_of_the_one_just_named(p, before[-1].char_start):
                        return None  # "X flew to Georgetown … Brazil's foreign minister had no mandate": X
                    sides.add(before[-1].entity_id)
        return next(iter(sides)) if len(sides) == 1 else None

    def paragraphs_before(self, paragraph: ParagraphIn) -> list[ParagraphIn]:
        """The article's paragraphs before this one (`read_ahead`)."""
        return [p for p in self._article if p.paragraph_no < paragraph.paragraph_no]

    def _unnamed_of_that_age(self, token, paragraph: ParagraphIn) -> bool:
        """Did the article tell of "a" or "an" someone of the age "the N-year-old" gives, before it?"""
        told = re.compile(rf"\ban?\s+{re.escape(_age_of(token))}-year-old\b", re.IGNORECASE)
        before = [p.text for p in self.paragraphs_before(paragraph)]
        return any(told.search(text) for text in [*before, paragraph.text[: token.idx]])

    def _most_told_person(self, token, paragraph: ParagraphIn, exclude) -> str | None:
        """The person the article named most before `token` (the last of those named as often)."""
        told: dict[str, int] = {}
        for p in [*self.paragraphs_before(paragraph), paragraph]:
            for e in p.entities:
                if e.type == "PERSON" and e.entity_id != exclude and (p is not paragraph or e.char_end <= token.idx):
                    told[e.entity_id] = told.pop(e.entity_id, 0) + 1  # (re-inserted: the last named last)
        return max(reversed(told), key=told.get, default=None)

    def _topic_fits(self, token, paragraph: ParagraphIn, gender: str | None, exclude) -> bool:
        """The last subject goes on only into the very next sentence (a sentence between, parsed
        or not, may have named someone else), and only if its gender fits."""
        if self.topic is None or self.topic == exclude or self.topic_where is None:
            return False
        known = self.people.get(self.topic, Person()).gender
        if not (gender is None or known is None or known == gender):
            return False
        if (
            known is None
            and gender == "F"  # (news names more men: "Morgan Freeman beat … Alan Alda. He thanked …" is Freeman's)
            and any(self.people.get(p, Person()).gender == "F" for p in self._people_before(token, paragraph))
        ):
            return False  # "Ababu Namwamba praised Faith Kipyegon. She thanked Kenya": the one known to be a woman
        return self._next_sentence(self.topic_where, token, paragraph)

    def subject_just_before(self, token, paragraph: ParagraphIn) -> str | None:
        """Whom the sentence right before `token`'s was about: its subject, a person, a firm or a
        country (`follow_subject`), where it did something rather than said it ("X said the tax would
        go": whoever moved is not said)."""
        if _REPORTING.fullmatch(self.subject_verb):
            return None
        for who, where in ((self.topic, self.topic_where), (self.body_topic, self.body_where)):
            if who is not None and where is not None and self._next_sentence(where, token, paragraph):
                return who
        return None

    def _named_in(self, paragraph: ParagraphIn) -> list[list[str]]:
        """The people each sentence of the paragraph names (`sentence_people`), once per paragraph."""
        if self._named_here is None or self._named_here[0] is not paragraph:
            self._named_here = (paragraph, sentence_people(paragraph))
        return self._named_here[1]

    def _sentences_before(self, token, paragraph: ParagraphIn) -> list[list[str]]:
        """The people each sentence before `token`'s named, the paragraphs before included."""
        where = sum(1 for a in self.sentence_starts if a <= token.idx) - 1
        return self.named_before[-2:] + self._named_in(paragraph)[:where]

    def _people_before(self, token, paragraph: ParagraphIn) -> list[str]:
        """The people the sentence before `token`'s named (across the paragraph's start)."""
        earlier = self._sentences_before(token, paragraph)[-1:]
        return earlier[0] if earlier else []

    def _opener_fits(self, token, paragraph: ParagraphIn, gender: str, exclude) -> str | None:
        """A pronoun that opens its sentence's naming ("In 2004 he travelled to Beijing") is the
        person the sentence before named first (`meetings.opener_before`), if the gender fits."""
        if person_before_in_sentence(token, paragraph):
            return None
        opener = opener_before(self._sentences_before(token, paragraph), gender, self.people)
        if opener is None or opener == exclude or self.held_only.get(opener):
            return None  # (not one named only as a possessor or a time in office: "the premiership of X")
        return opener

    def they(self, token, paragraph: ParagraphIn) -> list[str]:
        """ "They expressed gratitude …": the members of the last sentence's plural subject
        ("Jamaica and Barbados", "ministers of Caribbean countries"), in the very next sentence."""
        if token.lower_ != "they" or self.plural_where is None:
            return []
        return list(self.plural_topic) if self._next_sentence(self.plural_where, token, paragraph) else []

    def _next_sentence(self, where_told, token, paragraph: ParagraphIn) -> bool:
        """Is `token`'s sentence the one right after the sentence told at `where_told`?"""
        where, end, last_in_paragraph = where_told
        first = next((t.idx for t in token.sent if not t.is_space), token.idx)
        if where == paragraph.paragraph_no:
            return not any(end <= a < first for a in self.narrative_starts)
        # The paragraph before, or the last before it that is not all quotation (the speaker
        # still talking: "X said: 'A …' ['B …'] He added …").
        return where == self.last_narrative and last_in_paragraph and all(a >= first for a in self.narrative_starts)

    def enter_paragraph(
        self, text: str, spans: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]] = ()
    ) -> None:
        """The sentences (`sentences.sentence_spans`) of the paragraph whose parse is read next, and its
        direct quotations ((start, end) of each, marks included)."""
        self.sentence_starts = [a for a, _ in spans]
        # A sentence that is all quotation is the speaker still talking: the story's subject goes
        # on past it ("He accused X. 'We …' He also said …").
        self.narrative_starts = [a for a, b in spans if not _all_quoted(text, a, b, quoted)]

    def issuer(self, token, paragraph: ParagraphIn) -> str | None:
        """Who issued the document "the statement" tells of again: whom the sentence that introduced
        it ("issued a statement", "in a signed commentary") names first, before the document or else
        after it, in this paragraph or the last before it that did."""
        if token.lower_ not in _DOCUMENTS or not with_the(token):
            return None
        if _entities_in(_pruned_subtree(token), paragraph.entities):
            return None  # "the Parlatino declaration": its own name says whose
        introduced = _DOCUMENT_INTRODUCED[token.lower_]
        earlier = [(p, len(p.text)) for p in self.paragraphs_before(paragraph)[::-1]]
        for p, upto in [(paragraph, token.sent.start_char), *earlier]:
            told = list(introduced.finditer(p.text[:upto]))
            if not told:
                continue
            at = told[-1].start()
            opening = max(p.text.rfind(". ", 0, at), p.text.rfind("\n", 0, at)) + 1
            closing = p.text.find(". ", at)
            sentence = [e for e in p.entities if e.type in _SIDE_TYPES and opening <= e.char_start
                        and (closing < 0 or e.char_start < closing)]  # fmt: skip
            first = [e for e in sentence if e.char_start < at] or sentence
            return first[0].entity_id if first else None
        return None

    def first_named_before(self, token, paragraph: ParagraphIn) -> str | None:
        """The first person, country or organisation named in the sentence before `token`'s, in its
        paragraph: in news, the sentence's subject as a rule (parsed or not)."""
        starts = [a for a in self.sentence_starts if a <= token.idx]
        if len(starts) < 2:
            return None
        before, current = starts[-2], starts[-1]
        named = [e for e in paragraph.entities if before <= e.char_start < current and e.type in _SIDE_TYPES]
        return named[0].entity_id if named else None

    def follow_subject(self, sentence, paragraph: ParagraphIn) -> None:
        """Remembers the person a sentence's main clause is about."""
        # A named subject first: the parser often joins a sentence to a quotation's frame ("Fox
        # accused Blair … 'What …' he told BBC News") and roots it on the frame's pronoun.
        subjects = [t for t in sentence if t.dep_ == "nsubj"]
        named = [t for t in subjects if t.pos_ == "PROPN" and t.i < sentence.root.i]  # not a reported clause's
        root = [c for c in sentence.root.children if c.dep_ == "nsubj"]
        # Else the subject of a clause joined to the main one: "X was not about Y, but …, the Tory
        # leader said" is about the leader.
        joined = [c for v in sentence.root.children if v.dep_ == "conj" for c in v.children if c.dep_ == "nsubj"]
        self._follow_plural(root[:1], sentence, paragraph)
        for subject in (named or root)[:1] + joined:
            if any(c.dep_ == "poss" for c in subject.children) and not _entities_in([subject], paragraph.entities):
                continue  # "Mr Brown's Budget was …" is about the Budget, not about Brown
            if _first_person(subject, paragraph):
                return  # "I thank …": the speaker, who is no new subject of the story
            found = self.of(subject, paragraph)
            if found is not None and not self._is_person(found, paragraph) and subject in (named or root)[:1]:
                end = max((t.idx + len(t.text) for t in sentence if not t.is_space), default=sentence.end_char)
                self.body_topic = found
                self.body_where = (paragraph.paragraph_no, end, all(a < end for a in self.narrative_starts))
                self.subject_verb = subject.head.lower_
            if found is not None and self._is_person(found, paragraph):
                self.topic = found
                if _REPORTING.fullmatch(subject.head.lower_):  # "Ambassador Geng Shuang said that:"
                    self.speaker, self.speaker_paragraph = found, paragraph.paragraph_no
                end = max((t.idx + len(t.text) for t in sentence if not t.is_space), default=sentence.end_char)
                self.topic_where = (paragraph.paragraph_no, end, all(a < end for a in self.narrative_starts))
                self.subject_verb = subject.head.lower_
                return

    def _follow_plural(self, subjects, sentence, paragraph: ParagraphIn) -> None:
        """Remembers the members of a plural main subject ("China and Russia", "leaders of the
        Caribbean countries") for a "they" in the next sentence; "they" itself carries them on."""
        if not subjects:
            return
        subject = subjects[0]
        if subject.lower_ == "they":
            members = self.they(subject, paragraph)
        elif subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
            named = _head_entities(subject, paragraph, self.groups)
            members = self.group_members(subject) or [e.entity_id for e in named]
        else:
            members = []
        if len(members) >= 2:
            self.plural_topic = members
            end = max((t.idx + len(t.text) for t in sentence if not t.is_space), default=sentence.end_char)
            self.plural_where = (paragraph.paragraph_no, end, all(a < end for a in self.narrative_starts))

    def _is_person(self, entity_id: str, paragraph: ParagraphIn) -> bool:
        return (
            entity_id in self.people
            or entity_id in self.recent_people
            or any(e.entity_id == entity_id and e.type == "PERSON" for e in paragraph.entities)
        )

    def remember_groups(self, sentence, paragraph: ParagraphIn) -> None:
        """A group the sentence names by its members ("the Caribbean countries …, including Jamaica
        and Barbados"), so that a later "Caribbean countries" means them. The list is tied to the
        nearest group word before it, not to the parser's attachment, which often hangs it elsewhere."""
        for token in sentence:
            if not _is_member_prep(token):
                continue
            members = _member_list(token, paragraph)
            group = next((t for t in reversed(sentence[: token.i - sentence.start]) if t.lower_ in _GROUP_WORDS), None)
            if members and group is not None and _group_key(group):
                self.groups[_group_key(group)] = members

    def group_members(self, token) -> list[str]:
        """The members of a group named by a phrase ("Leaders of all Caribbean countries")."""
        for t in _pruned_subtree(token):
            if t.lower_ in _GROUP_WORDS and _group_key(t) in self.groups:
                return [e.entity_id for e in self.groups[_group_key(t)]]
        return []

    def firm_of_a_nationality(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """ "British group Harcourt … Dutch rival Van der Meulen … praised the Dutch firm('s pledge)":
        the firm the article described as that country's, where it did; a party too ("a delegation of
        the Lao People's Revolutionary Party … thanked the Lao party")."""
        if token.lower_ not in _FIRM_NOUNS | _PARTY_NOUNS or (of := _country_modifying(token)) is None:
            return None
        return self._last_named_before(token, paragraph, "ORG", exclude, described_as=of)

    def org_named_last(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """ "The party", "the company": the organisation the article introduced by that word ("Poland's
        largest steelworkers' union, Jedność" is "the union" wherever a firm was named since), else the
        last organisation named before it (other than `exclude`)."""
        if any(c.lower_ == "our" and c.dep_ == "poss" for c in token.children) and token.lower_ in _BODY_KINDS_IN_NAMES:
            # "From the Korea Peace and Solidarity Committee: … Our committee condemns …": the body
            # that speaks, named with that word
            return self._body_named_with(token, paragraph, exclude)
        if not any(c.lower_ == "the" for c in token.children):
            return None
        if found := self.firm_of_a_nationality(token, paragraph, exclude):
            return found
        if token.lower_ in _BODY_KINDS_IN_NAMES:
            return self._body_named_with(token, paragraph, exclude)
        if token.lower_ == "bloc":
            return self._bloc_named_last(token, paragraph, exclude)
        if (named := self._body_whose_name_says_its_kind(token, paragraph, exclude)) is not None:
            return named  # "the union" after "the Transport and General Workers' Union"
        if token.lower_ in _FIRMS_ORGANS and not _named_before_in_phrase(token, paragraph):
            # "attacked the board", "criticised the management": a body named with that word ("the
            # Standards Board"), else the firm or club the story tells of most
            return self._body_named_with(token, paragraph, exclude) or self._org_told_most(token, paragraph, exclude)
        if token.lower_ in _BODY_NOUNS or self._may_be_introduced(token, paragraph):
            # (any noun the article wrote before a body's name: "energy watchdog PowerWatch … the watchdog")
            introduced = [o for o in self._orgs_introduced_as(token.lower_) if o != exclude]
            if introduced:
                return introduced[-1]
        if token.lower_ not in _BODY_NOUNS:
            return None
        return self._last_org_before(token, paragraph, exclude, firm=token.lower_ in _FIRM_NOUNS)

    def _org_told_most(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """The organisation the article names most before `token` (the first named of those named
        as often)."""
        told = Counter(e.entity_id for p in [*self.paragraphs_before(paragraph), paragraph] for e in p.entities
                       if e.type == "ORG" and e.entity_id != exclude
                       and (p is not paragraph or e.char_end <= token.idx))  # fmt: skip
        return told.most_common(1)[0][0] if told else None

    def kind_of(self, entity_id: str) -> str | None:
        """The type of an entity the article names."""
        return next((e.type for p in self._article for e in p.entities if e.entity_id == entity_id), None)

    @staticmethod
    def _may_be_introduced(token, paragraph: ParagraphIn) -> bool:
        """A noun other than a kind of body that may stand for a body the article introduced with it:
        not a person's ("the leader"), not a state's ("the government"), not a plural ("the
        firms"), and not one a name before it already says whose it is ("the Three Gorges Dam
        project")."""
        if token.lower_ in _NO_BODY_S_NOUNS or token.tag_ == "NNS":
            return False
        return not _named_before_in_phrase(token, paragraph)

    def _ones_own_country(self, token, owner, paragraph: ParagraphIn) -> str | None:
        """ "His country", "her nation": the one country the article writes with the office of the
        person the pronoun means ("Angolan President X … his country": Angola); None if it writes
        none or several."""
        if (
            token.lower_ not in _COUNTRY_NOUNS
            or token.tag_ == "NNS"
            or owner is None
            or owner.lower_ not in ("his", "her")
        ):
            return None
        # (the subject of its clause, if it is no pronoun: "the Angolan head of state reiterated his
        # country's …" is Angolan, whoever was named last)
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is not None and subject.lower_ not in _PRONOUNS and token not in subject.subtree:
            said = {e.entity_id for e in _entities_in(list(subject.subtree), paragraph.entities) if e.type == "COUNTRY"}
            if len(said) == 1:
                return next(iter(said))
            owner = subject
        person = self.of(owner, paragraph, ("PERSON",))
        countries = self.nationality(person) if person is not None else set()
        return self.country_id(next(iter(countries)), paragraph) if len(countries) == 1 else None

    @staticmethod
    def a_country_told_of(token, paragraph: ParagraphIn) -> bool:
        """ "The country", "the West African nation": a country the story named, told of by a noun
        for one with nothing to say which (not "the Cuban nation": that names it; not "the two
        countries")."""
        if token.lower_ not in _COUNTRY_NOUNS or token.pos_ != "NOUN" or token.tag_ == "NNS":
            return False
        if not with_the(token):
            return False
        return not any(e.type == "COUNTRY" for e in _named_before_in_phrase(token, paragraph))

    def last_country_before(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """The last country named before `token` other than `exclude`, in its paragraph or the ones
        before; of those on the continent the phrase names, if any is ("Vidal thanked the southern
        African nation" after Cuba and Namibia were named: Namibia)."""
        continents, countries = _region_named(token)
        if continents or countries:
            found = self._last_named_before(token, paragraph, "COUNTRY", exclude, on=continents, among=countries)
            if found is not None:
                return found
        return self._last_named_before(token, paragraph, "COUNTRY", exclude)

    def _last_org_before(self, token, paragraph: ParagraphIn, exclude=None, firm: bool = False) -> str | None:
        """The last organisation named before `token` other than `exclude`, in its paragraph or
        the ones before ("the union accused the firm": not the union); for a `firm`, the last that
        may be a business."""
        if not self._article:  # (read one paragraph at a time, with no article read ahead)
            return self._last_named_before(token, paragraph, "ORG", exclude, firm) or (
                self.last_org if self.last_org != exclude else None
            )
        return self._last_named_before(token, paragraph, "ORG", exclude, firm)

    def _last_named_before(
        self,
        token,
        paragraph: ParagraphIn,
        kind: str,
        exclude=None,
        firm=False,
        on: frozenset[str] = frozenset(),
        among: frozenset[str] = frozenset(),
        described_as: str | None = None,
    ) -> str | None:
        for p in [paragraph, *(p for p in reversed(self._article) if p.paragraph_no < paragraph.paragraph_no)]:
            before = [e for e in p.entities if e.type == kind and e.entity_id != exclude
                      and (p is not paragraph or e.char_end <= token.idx)
                      and (not firm or _may_be_a_business(p.text[e.char_start : e.char_end]))
                      and _in_region(p.text[e.char_start : e.char_end], on, among)
                      and (described_as is None or _described_as_of(p.text, e, described_as))]  # fmt: skip
            if before:
                return before[-1].entity_id
        return None

    def _bloc_named_last(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """ "The bloc": the last body named before it whose name is that of a union of states ("the
        Association of Southeast Asian Nations", "the EU", "Mercosur"), not any body named since
        ("the Chinese Foreign Ministry")."""
        blocs = [e.entity_id for p, e in self._named_so_far(token, paragraph) if e.type == "ORG"
                 and e.entity_id != exclude and _A_BLOC.search(p.text[e.char_start : e.char_end])]  # fmt: skip
        return blocs[-1] if blocs else None

    def _named_so_far(self, token, paragraph: ParagraphIn):
        """(paragraph, entity) of each name the article writes before `token`, in order."""
        for p in self._article:
            if p.paragraph_no > paragraph.paragraph_no:
                return
            for e in p.entities:
                if p.paragraph_no == paragraph.paragraph_no and e.char_end > token.idx:
                    return
                yield p, e

    def _body_whose_name_says_its_kind(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """ "The union", "the airline": the last body named before it whose name says it is one
        ("the Transport and General Workers' Union", "Albion Airways"), not a union of states
        ("the European Union"); None where none was named."""
        words = _NAME_WORDS_OF_A_KIND.get(token.lower_)
        found = None
        for p, e in self._named_so_far(token, paragraph) if words else ():
            name = p.text[e.char_start : e.char_end].split()
            if e.type != "ORG" or e.entity_id == exclude or _a_union_of_states(name):
                continue
            if words & {w.casefold().strip("'’") for w in name}:
                found = e.entity_id
        return found

    def _body_named_with(self, token, paragraph: ParagraphIn, exclude=None) -> str | None:
        """ "The association", "the commission", "the bureau": the last body named before it whose
        name holds that word ("the Irish Passengers' Rights Association", "the Federal Trade
        Commission"), in its paragraph or the ones before; none when no such body was named."""
        word = token.lower_
        found = None
        for p, e in self._named_so_far(token, paragraph):
            # (an organ the events read as its country keeps its words: "the Chinese Foreign
            # Ministry … the ministry", `extraction.governments_acting`)
            organ = e.type == "COUNTRY" and word in _STATE_BODY_OPENERS
            if (
                (e.type == "ORG" or organ)
                and e.entity_id != exclude
                and word in p.text[e.char_start : e.char_end].casefold()
            ):
                # (a state organ stands for its country: "Cuba's Foreign Ministry … the ministry")
                found = _country_of_organ_written(e, p, self.countries_of_article()) or e.entity_id
        return found

    def _note_printed_text(self, paragraph: ParagraphIn) -> None:
        """ "The following is the full text of Geng Shuang's remarks", "his speech follows": the
        person whose words the article prints next is the speaker of its first person."""
        text = paragraph.text
        for e in paragraph.entities:
            # The model may take the possessive into the name's span ("Geng Shuang’s").
            end = e.char_end - 2 if text[e.char_end - 2 : e.char_end] in ("’s", "'s") else e.char_end
            if e.type == "PERSON" and _WORDS_OF.match(text, end):
                self.speaker, self.speaker_paragraph = e.entity_id, paragraph.paragraph_no
        if self.topic is not None and _HIS_WORDS.search(text):
            self.speaker, self.speaker_paragraph = self.topic, paragraph.paragraph_no

    def known_name(self, token, paragraph: ParagraphIn) -> str | None:
        """A person's name given again in part ("SRSG Massieu" after "Carlos Ruiz Massieu") where
        the model marked no entity."""
        if token.pos_ != "PROPN":
            return None
        for e in reversed(paragraph.entities):
            if (
                e.type == "PERSON"
                and e.char_end <= token.idx
                and token.text in paragraph.text[e.char_start : e.char_end].split()
            ):
                return e.entity_id
        return self.known.get(token.text)

    def after_paragraph(self, paragraph: ParagraphIn) -> None:
        text = paragraph.text
        self.named_before.extend(self._named_in(paragraph))
        quoted = quoted_regions(text) if QUOTE_MARK.search(text) else []
        gaps = zip([0] + [b for _, b in quoted], [a for a, _ in quoted] + [len(text)], strict=True)
        outside = [text[start:end] for start, end in gaps]
        self._note_printed_text(paragraph)
        if any(_LETTER.search(piece) for piece in outside):
            self.last_narrative = paragraph.paragraph_no  # not a paragraph of quotation only
            # The speaker's words go on through quotations and the first person; a paragraph told
            # in the third person, other than the one that named the speaker, ends them.
            # A salutation ("President,", "Dear friends,") is the speech itself.
            told = paragraph.paragraph_no != self.speaker_paragraph and len(text.split()) > _SALUTATION_WORDS
            if told and not any(map(_FIRST_PERSON_WORD.search, outside)):
                self.speaker = None
        for e in paragraph.entities:
            if e.type == "PERSON" and any(a <= e.char_start < b for a, b in quoted):
                continue  # someone the speaker names is not whom the reporter's "he" means
            if e.type in ("COUNTRY", "ORG"):
                self.last_org_or_country = e.entity_id
            if e.type == "ORG":
                self.last_org = e.entity_id
            if e.type == "COUNTRY":
                self.countries[e.entity_id] = self.countries.get(e.entity_id, 0) + 1
            if e.type == "ORG":
                self.orgs[e.entity_id] = self.orgs.get(e.entity_id, 0) + 1
            if e.type == "PERSON":
                held = paragraph.is_possessor(e) or _named_for_a_time_of_office(paragraph.text, e)
                self.held_only[e.entity_id] = self.held_only.get(e.entity_id, True) and held
                self.roles.note(paragraph.text, e, paragraph.entities)
                for word in paragraph.text[e.char_start : e.char_end].split():
                    self.known.setdefault(word, e.entity_id)


_PLURAL_VERBS = frozenset("were are have".split())
_LETTER = re.compile(r"[^\W\d_]")
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
_SALUTATION_WORDS = 4
_PRINTED = r"(?:speech|remarks|statement|address|letter|message|article)"
_WORDS_OF = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,2}}?{_PRINTED}\b")  # after a name: "X's full remarks"
_HIS_WORDS = re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?{_PRINTED}\s+(?:follows|is below|reads)\b")


# The time of someone's office, which names them only as the background of what is told: "during
# the premiership of Margaret Thatcher", "under the leadership of". (Not "the arrest of", "the
# appointment of": the person such a noun names is what the story is about.) Read on the text, as
# people named in earlier paragraphs have no parse at hand.
_TIME_OF_OFFICE = re.compile(
    r"\b(?:the|his|her|their)\s+(?:[\w'’-]+\s+)?(?:premiership|presidency|reign|rule|era|administration|"
    r"government|leadership|chairmanship|tenure|days|time|term|regime)\s+of\s+$",
    re.I,
)


def _named_for_a_time_of_office(text: str, entity: EntitySpan) -> bool:
    """Is the name written as the holder of a time of office ("during the premiership of Margaret
    Thatcher")?"""
    return bool(_TIME_OF_OFFICE.search(text[max(0, entity.char_start - 60) : entity.char_start]))


def relative_noun(token):
    """The noun a relative pronoun stands for ("the party, which he labelled a joke"; any other
    token is itself): the one the parser hangs its clause on, unless the clause's verb is plural and
    that noun singular ("a delegation of Chilean parliamentarians led by X, head of the committee of
    the Chilean Senate, who were visiting China"): then the nearest plural noun before it."""
    if token.lower_ not in ("who", "whom", "which", "that"):
        return token
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "his counterpart, Ana Fuentes, with whom he signed a memorandum"
    if verb.dep_ != "relcl":
        return token
    noun = verb.head
    if token.lower_ == "who" and (office := person_beside_the_office_of(noun)) is not None:
        return office  # "Somphet Vongsavath, president of the National Assembly of Laos, who …"
    if token.lower_ == "who" and (office := _office_right_before(token, noun)) is not None:
        return office
    plural_verb = verb.lower_ in _PLURAL_VERBS or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_VERBS
                                                        for c in verb.children)  # fmt: skip
    # (or a description with "a" the model took for a name: "Mark Hollister, a Republican from Ohio who")
    described = noun.pos_ == "NOUN" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if described and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and not plural_verb:
        return noun.head  # "Cobaltix, a German rival, which accused Sorrel": the name it describes
    if not plural_verb or noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children):
        return noun
    for t in reversed(noun.doc[noun.sent.start : noun.i]):
        if t.tag_ in ("NNS", "NNPS") or (t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "conj" for c in t.children)):
            return t
    return noun


def _whose_clause(noun):
    """The relative clause a noun owned by "whose" opens, whose head is the noun "whose" means."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return None
    return next((a for a in noun.ancestors if a.dep_ == "relcl"), None)


def _whose_leader(noun, paragraph: ParagraphIn) -> str | None:
    """The person a "whose delegation" hangs on: "Asante-Boakye, whose delegation arrived …"."""
    clause = _whose_clause(noun)
    named = _entities_in([clause.head], paragraph.entities) if clause is not None else []
    return named[0].entity_id if named and named[0].type == "PERSON" else None


def _whose_body(noun, paragraph: ParagraphIn) -> str | None:
    """The body a "whose company", "whose party" means: the one its antecedent names, or the one
    in the antecedent's office ("Birgit Lorenz, chief executive of Hallstein Energie, whose company
    signed …"), where the noun is a body's kind."""
    if noun.lower_ not in _WHOSE_BODIES or (clause := _whose_clause(noun)) is None:
        return None
    inside = {t.i for t in clause.subtree}
    named = clause.head
    office = named.head.head if named.dep_ == "pobj" and named.head.lower_ == "of" else None
    words = [t for t in (office or named).subtree if t.i not in inside]
    bodies = {e.entity_id for e in _entities_in(words, paragraph.entities) if e.type == "ORG"}
    if not bodies and office is not None and a_post(office):
        # (the body of an office, whatever the model took its name for: "chief executive of X")
        bodies = {e.entity_id for e in _entities_in([named], paragraph.entities) if e.type in ("ORG", "PERSON")}
    return next(iter(bodies)) if len(bodies) == 1 else None


# Kinds of body a "whose" may own: "whose company", "whose party".
_WHOSE_BODIES = frozenset("company firm group business party union club bank airline".split())


def _whose_someone_is(office) -> bool:
    """An office in the "of" phrase of a noun of no office: "the wife of the Ghanaian president",
    "supporters of the Kenyan president"."""
    of = office.head
    return (
        office.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ in ("NOUN", "PROPN")
        and of.head.lower_ not in _OFFICES
    )


def _office_right_before(who, noun):
    """The office whose phrase ends right before ", who", where the parser hangs the clause on a
    noun further back: "the delegates were received by the executive vice-president of Venezuela,
    who thanked …" (the nearer phrase, an office held by one person, is whom "who" means)."""
    comma = who.i - 1
    if comma < 1 or who.doc[comma].text != ",":
        return None
    node = who.doc[comma - 1]
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head  # "of Venezuela" up to "vice-president"
    if node.i <= noun.i or node.pos_ != "NOUN" or node.lower_ not in _OFFICES:
        return None
    if noun.pos_ != "NOUN" or node.dep_ == "appos":
        return None  # "Wen Guoping, vice chairman of the Standing Committee, who …": the person named
    return node if node.tag_ == "NN" and node.right_edge.i == comma - 1 else None


def _all_quoted(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Is the sentence text[start:end] one quotation, with at most punctuation after it?"""
    words = text[start:end].strip()
    if not words:
        return False
    first = start + text[start:end].index(words[0])
    last = first + len(words)
    return any(a <= first and (b >= last or not text[b:last].strip(" .,;:!?)")) for a, b in quoted)


def _with_joined(tokens) -> list:
    """The tokens with the rest of any hyphenated word they start ("co" of "co-chairman")."""
    out = list(tokens)
    for t in tokens:
        nxt = t
        while not nxt.whitespace_ and nxt.i + 1 < len(nxt.doc):
            nxt = nxt.nbor(1)
            out.append(nxt)
    return out


# Verbs whose object is the accused and whose "of" phrase is the deed: "accused X of lying".
_ACCUSING = _verb("accuse", "suspect", "convict", "acquit")


def deed_hung_on_the_accused(noun) -> set[int]:
    """The token indices of the deed an accusation tells, when the parser hangs its "of" phrase on
    the accused ("accused the president of excluding costs"); none for any other noun ("Vantel's
    policy of cutting jobs" keeps its phrase)."""
    if noun.dep_ != "dobj" or noun.head.lower_ not in _ACCUSING:
        return set()
    return {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            and any(_a_deed_charged(g) for g in c.children) for t in c.subtree}  # fmt: skip


def _a_deed_charged(word) -> bool:
    """What one is accused of: a deed ("of excluding costs") or a vice or crime named bare ("of
    hypocrisy", "of treason"), not a body of the office ("the head of the agency")."""
    if word.dep_ == "pcomp" and word.tag_ == "VBG":
        return True
    return word.dep_ == "pobj" and word.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in word.children)


def _agent_hung_below(verb) -> list:
    """ "China has been accused of blocking access by the watchdog": the parser hangs a passive's
    "by" phrase on the active participle of its "of"/"for" phrase, which takes no agent. A thing
    done by means ("by poisoning him") is a participle, and a passive below ("of being paid by
    Iran") has its own agent: neither is taken."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    deeds = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
             for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
             and not any(c.dep_ in ("auxpass", "nsubjpass") for c in g.children)]  # fmt: skip
    return [o for g in deeds for p in g.children if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]  # fmt: skip


def _named_among(clause, subject):
    """Whom "among those who …" names: "X was among those who criticised Y", "Among those who
    have criticised the plans is X" (the one the copula names, not the relative pronoun)."""
    if clause.dep_ != "relcl" or subject.tag_ not in ("WP", "WDT"):
        return None
    those = clause.head
    if those.dep_ != "pobj" or those.head.lower_ != "among":
        return None
    copula = those.head.head
    if any(c.dep_ == "neg" or c.lower_ in ("never", "hardly") for c in copula.children):
        return None  # "X was not among those who …": no one named did it
    return next((c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i != those.head.i), None)


# Nouns of people or bodies, which may do a deed a verb tells (not a thing judged: "the scheme").
_PEOPLE_OR_BODIES = (
    PERSON_NOUNS | TRADES | ROLE_HEADS | _BODY_NOUNS | _GROUP_MEMBERS | _AGENTS_OF | _GOVERNING | _COUNTRY_NOUNS
)


def _speaker_of_a_second_verb(verb):
    """The subject of "said" for a verb the parser joined to what was said, where what was said is
    a judgement of a thing, which cannot do the deed: "Davis said the scheme was flawed and accused
    Mr Clarke of …" (the parser makes "accused" the second verb of "the scheme was flawed"); else
    None."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None  # (a deed done to someone: not "said the plane was late and landed in Lima")
    judged = verb.head
    if judged.dep_ != "ccomp" or judged.lemma_ != "be" or judged.head.lower_ not in REPORTING:
        return None
    things = [c for c in judged.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
              and c.lower_ not in _PEOPLE_OR_BODIES and not c.ent_type_]  # fmt: skip
    speakers = [c for c in judged.head.children if c.dep_ == "nsubj"]
    return speakers[0] if things and speakers else None


def _subject(token):
    if (speaker := _speaker_of_a_second_verb(token)) is not None:
        return speaker
    children = {c.dep_ for c in token.children}
    if token.dep_ == "relcl" and children & {"nsubjpass", "auxpass"} and "agent" not in children:
        # "Tom Hale, who was charged with fraud": the noun is whom it was done to, by no one named
        # (but in "X, who was fined for accusing Y", climbed to from below, the one fined accused)
        return None
    node = token
    for _ in range(6):
        if node.dep_ in ("advcl", "acl") and node.tag_ == "VBG" and node.i > 0:
            before = node.doc[node.i - 1]
            sent = node.head if node.dep_ == "advcl" else None  # "has filed two lawsuits - one accusing …"
            if (before.lower_ in ("one", "another") and before.dep_ in ("appos", "nsubj", "conj")
                    and not (sent is not None and sent.lower_ in _SENT_OUT)):  # fmt: skip
                # "fighting two lawsuits - one accusing it of …": the parser hangs the participle on
                # the verb, but its subject is the item the numeral stands for
                return before
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.i < node.head.i:
            # "Speaking highly of X, Ma said …": an opening participle's subject is the first
            # subject after it, whatever clause the parser hung the participle on.
            end = max(t.i for t in node.subtree)
            after = [t for t in node.sent if t.i > end and t.dep_ == "nsubj"]
            if after:
                return after[0]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and not _is_passive_subject(c)]
        if len(subjects) > 1 and describes(subjects[0], subjects[1]):
            return subjects[1]  # "anti-abortion group the Pro-Life Alliance congratulated …"
        if subjects and (named := _named_among(node, subjects[0])) is not None:
            return named  # "Ana Kell was among those who criticised …"
        if subjects:
            return conjoined_they(subjects[0], node) or subjects[0]
        if agents := agents_of(node) or _agent_hung_below(node):
            return agents[0]
        if node.dep_ == "acl" and node.tag_ == "VBG":
            # "Labour poster plans attacking Mr Howard": the plans; "opened with a speech
            # criticising Mr Blair": whoever gave the speech; "has written to the watchdog accusing
            # Labour": the parser hangs the participle on whom the words went to, but the writer
            # accuses
            if (writer := _addresser(node.head)) is not None:
                return writer
            return _author_of(node.head) or node.head
        if node.dep_ == "relcl" and not any(c.lower_ == "to" for c in node.children):
            return node.head  # "a delegation who visited": the noun (not "a delegation to visit")
        if main_verb_read_as_a_participle(node):
            return node.head  # "Kenya's interior minister, Ruth Achieng, separately condemned al-Shabab"
        if (missed := subject_the_parser_missed(node)) is not None:
            return missed  # "urged Norvik to sign a deal", "In a letter to Ben Dorr, Ana Kell criticised …"
        if (done_to := _passive_subject_of_adjunct(node)) is not None:
            return done_to
        if node.head.i == node.i or node.dep_ not in _CLIMB:
            return None
        if (shared := _passive_subject_shared(node)) is not None:
            return shared
        node = node.head
    return None


def _passive_subject_shared(verb):
    """The subject an active verb shares with the passive it is joined to: "Kell was elected in 2004
    and accused Reid of …" (Kell accused him; the passive's agent did nothing), or with the verb of
    saying above it ("Hamas said it was not bound by the truce and accused Mr Haddad of …"). None
    for a verb of no such joining, or a passive itself ("was arrested and charged by police")."""
    first = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or first.pos_ != "VERB" or first.i > verb.i:
        return None
    if any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if not joined_by_a_conjunction(verb):
        return None  # "Kivu was criticised by the union, whose secretary-general, X, accused …"
    done_to = [c for c in first.children if c.dep_ == "nsubjpass"]
    if not done_to or not any(c.dep_ == "auxpass" for c in first.children):
        return None
    own_auxiliary = any(c.dep_ == "aux" for c in verb.children)  # "… had been sacked and had criticised"
    if (
        first.dep_ == "ccomp"
        and not own_auxiliary
        and first.head.pos_ == "VERB"
        and (speaker := _subject(first.head)) is not None
    ):
        # "The BBC said the sketch had been dropped … and praised Crowe": the parser joins the verb
        # to what was said, but the one who said it did it
        return speaker
    return conjoined_they(done_to[0], first) or done_to[0]


def main_verb_read_as_a_participle(verb) -> bool:
    """A sentence's verb the parser hung as a participle on its subject, which it made the root:
    "Kenya's interior minister, Ruth Achieng, separately condemned al-Shabab" (a sentence has a
    verb; a participle that takes an object and no "by" is active, so its noun did it)."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("agent", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


# Verbs of addressing someone in words: "has written to the watchdog", "complained to the FA".
_ADDRESS = _verb("complain", "appeal", "turn", "talk") | _forms("write writes wrote written writing speak speaks spoke")


def _addresser(recipient):
    """ "Has written to the watchdog accusing Labour": the parser hangs the participle on whom the
    words went to, but the writer accuses. Only for a verb of addressing and a plain recipient: not
    "listened to Tom Reid accusing Labour", "responded to a letter from Tom Reid criticising …"."""
    if recipient.dep_ != "pobj" or recipient.head.lower_ != "to" or recipient.head.head.lower_ not in _ADDRESS:
        return None
    if recipient.lower_ in _UTTERANCES or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")) for c in recipient.children
    ):
        return None
    return _subject(recipient.head.head)


def _named_members(noun) -> list:
    """The words that say who a plural noun's people are: an apposition ("its rivals, Tesco and
    Asda") or an "including", "like" or "such as" phrase ("critics including John Smith")."""
    out = []
    for c in noun.children:
        if c.dep_ == "appos":
            out.extend(c.subtree)
        elif c.dep_ == "prep" and _is_member_prep(c):
            out.extend(t for g in c.children if g.dep_ == "pobj" for t in g.subtree)
    return out


# Verbs by which an author gives words out: "opened the debate with a speech", "published a report".
# (and what a meeting does with its text: "the network adopted a statement condemning X")
_GIVE_OUT = _verb(
    *"open publish issue deliver release present unveil launch close adopt approve pass sign draft".split()
) | _forms(
    "give gives gave given giving make makes made making write writes wrote written writing send sends sent sending"
)
# Words someone gives out, which say what their author says: "a speech criticising X".
_UTTERANCES = _forms(
    "speech speeches statement statements letter letters report reports article articles editorial editorials",
    "message messages column columns communique communiqué resolution resolutions declaration declarations",
    "motion motions commentary commentaries",
    "poster posters leaflet leaflets advert adverts advertisement advertisements broadcast broadcasts",
)


def _author_of(noun):
    """Who gave an utterance noun that nobody owns and no phrase of its own names: the subject of a
    verb of giving it out ("Fox opened proceedings with a speech", "the NAO published a report").
    None for other nouns and other verbs: whoever receives, hears or rejects a letter is not its
    author ("received a letter criticising X"); "his speech", "a Labour statement", "a statement
    from Labour" say whose themselves."""
    if noun.lower_ not in _UTTERANCES:
        return None
    if any(c.dep_ == "poss" or c.pos_ == "PROPN" or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
           for c in noun.children):  # fmt: skip
        return None
    node = noun
    while node.dep_ in ("dobj", "pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node.lower_ not in _GIVE_OUT:
        return None
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _passive_subject_of_adjunct(participle):
    """ "Upon arriving in Paris, Li Wei was received by Macron", "Tom Hale was praised by Ann Lowe
    for backing the plan": a participle that opens or closes a passive clause, alone or after a
    preposition, has that clause's subject for its own, not the one the passive's "by" names. Only
    where a "by" names someone: an agentless passive's participle is left to climb as before (over
    all BBC the reading then surfaced habitual and reported deeds: "are faced with … when visiting
    the UK", "was abandoned after suggesting the signing of …")."""
    if participle.tag_ not in ("VBG", "VBN"):
        return None
    if participle.dep_ == "advcl":
        verb = participle.head
    elif participle.dep_ == "pcomp" and participle.head.dep_ == "prep":
        verb = participle.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or not agents_of(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _is_passive_subject(token) -> bool:
    return token.dep_ == "nsubjpass"


def _objects(trigger, preps=("with",)) -> list:
    out = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "obj"):
            out.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "ccomp":
            out.extend(_what_it_was_called(child))
    return out + objects_hung_on_the_verb(trigger, out)


# Verbs a reporter names a thing by in someone's words: "denounced what she called the attempts of
# Washington", "condemned what he described as Israeli aggression".
_NAMING_VERBS = _forms("called termed described branded labelled labeled dubbed")


def _what_it_was_called(clause) -> list:
    """The thing a "what X called Y" clause names (Y), which is the object of the verb above it."""
    if clause.lower_ not in _NAMING_VERBS or not any(c.lower_ == "what" for c in clause.children):
        return []
    named = [c for c in clause.children if c.dep_ in ("oprd", "dobj", "attr") and c.lower_ != "what"]
    return named or [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip


# The words a body's name says its kind with, for the noun the story tells it again by.
_NAME_WORDS_OF_A_KIND = {
    "union": {"union"},
    "airline": {"airline", "airlines", "airways"},
    "carrier": {"airline", "airlines", "airways"},
    "bank": {"bank"},
    "carmaker": {"motors", "motor", "automotive", "autos"},
    "brewer": {"brewery", "breweries", "brewing"},
}
# The words that open a union of states' name ("the European Union", "the African Union").
_STATES_UNION_OPENERS = frozenset("european african arab asian eurasian soviet".split())


def _a_union_of_states(name_words: list[str]) -> bool:
    words = [w.casefold() for w in name_words if w.casefold() != "the"]
    return bool(words) and words[-1] == "union" and words[0] in _STATES_UNION_OPENERS


def _may_be_a_business(name: str) -> bool:
    """Whether an organisation's name may be a firm's: not a party's, a union's or a state body's
    ("Labour", "the Liberal Democrats", "the Unite union", "The Ministry of Defence", "the Department
    for Transport", "the Office of Rail Regulation")."""
    words = re.findall(r"[\w'-]+", name.casefold())
    if words[:1] == ["the"]:
        words = words[1:]
    return (
        bool(words)
        and words[-1] not in _NO_FIRM_HEADS
        and words[0] not in _STATE_BODY_OPENERS
        and not _PARTY_WORDS & set(words)
    )


def _named_before_in_phrase(token, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The entities its phrase names before a noun ("the Three Gorges Dam project", "the Cuban
    nation"), its article aside."""
    before = [t for c in token.children if c.i < token.i and c.dep_ != "det" for t in c.subtree]
    return _entities_in(before, paragraph.entities)


def _prep_objects(trigger, preps: Sequence[str]) -> list:
    """The objects of `trigger`'s prepositions `preps` ("backing *for* X", "signed *with* Y"), with
    those the parser hung on the verb instead; not its direct objects."""
    return [h for h in _objects(trigger, preps) if h.dep_ == "pobj"]


# A person by role or by trade ("the Tory co-chairman", "the American actress"), not by a post that
# acts for a team or a body (manager, coach, captain: `ROLE_HEADS`).
_PEOPLE_BY_ROLE = PERSON_NOUNS | TRADES
# Nouns that never stand for a body the article introduced with them: a person's, a state's.
_NO_BODY_S_NOUNS = _PEOPLE_BY_ROLE | ROLE_HEADS | _COUNTRY_BODIES


# The organs of a state known by a generic name ("the Foreign Ministry", "Ministry of Foreign
# Affairs", "the embassy"): with a country before them they act for it. A department or an office
# only with a portfolio's word ("Kenya's Corvex Office" may be a firm's).
_PORTFOLIO = "(?:{})".format("|".join(map(re.escape, sorted(PORTFOLIO_WORDS | {"treasury", "state", "war"}))))
_ORGAN = re.compile(
    rf"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){{0,3}}Ministry|(?:{_PORTFOLIO}\s+(?:Affairs\s+)?)?(?:Department|Office)"
    r"|Embassy|Government|Cabinet"
    # a state's own words for itself, joined: "the Party and Government of Laos", "the Party, State
    # and people of Vietnam"
    r"|(?:(?:Party|State|Government)(?:,\s+|\s+and\s+))+(?:Party|State|Government|People)"
    r"|Presidency|Ministry\s+of\s+[A-Z][\w ]+)",
    re.IGNORECASE,
)


def _country_of_organ(token, organ: EntitySpan, paragraph: ParagraphIn) -> str | None:
    """The country a state organ named generically belongs to, from a possessor or a modifier
    before it ("Cuba's Foreign Ministry", "the Chinese Foreign Ministry"), or from its own name
    ("U.S. State Department", "Peruvian Foreign Ministry")."""
    name = paragraph.text[organ.char_start : organ.char_end]
    if not _ORGAN.fullmatch(name):
        return _country_in_name(name, _countries_of(paragraph))
    before = [t for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree]
    countries = [
        e for e in _entities_in(before, paragraph.entities) if e.type == "COUNTRY" and e.char_end <= organ.char_start
    ]
    # "the Foreign Ministry of Peru" (the "of" hung on the organ, or on its last word: "the Ministry of
    # Foreign Affairs of Peru")
    countries += [e for e in _entities_in(_of_objects(token), paragraph.entities) if e.type == "COUNTRY"]
    countries += [e for e in paragraph.entities if e.type == "COUNTRY" and _right_after_of(paragraph.text, organ, e)]
    return countries[0].entity_id if countries else _country_in_name(name, _countries_of(paragraph))


def _right_after_of(text: str, organ: EntitySpan, country: EntitySpan) -> bool:
    """The country follows the organ's name after "of" (which the model's span may hold: "The
    Ministry of Foreign Affairs of" + "Peru")."""
    between = text[organ.char_end : country.char_start]
    held = between == " " and text[organ.char_start : organ.char_end].endswith(" of")
    return between in (" of ", " of the ") or held


def _country_of_organ_written(organ: EntitySpan, paragraph: ParagraphIn, named: Mapping[str, str]) -> str | None:
    """The country of a state organ as the text writes it, with no parse: right before it ("Cuba's
    Foreign Ministry", "the Cuban Foreign Ministry") or in its name ("the Foreign Ministry of Peru",
    "the Chinese Foreign Ministry"), as the article names that country (`named`: ISO alpha-3 →
    entity id)."""
    name = paragraph.text[organ.char_start : organ.char_end]
    if _ORGAN.fullmatch(name):
        for e in paragraph.entities:
            if e.type == "COUNTRY" and e.char_end <= organ.char_start:
                between = paragraph.text[e.char_end : organ.char_start]
                if between in ("'s ", "’s ", " "):
                    return e.entity_id
            if e.type == "COUNTRY" and _right_after_of(paragraph.text, organ, e):
                return e.entity_id
    return _country_in_name(name.removeprefix("The ").removeprefix("the "), named)


def _appositions_of(conjunct, heads: list) -> list:
    """A conjunct's names in apposition, which the parser may hang on the first conjunct instead
    ("Ribas and Chinese Commerce Minister Lu Baoqing": "Lu Baoqing" on Ribas): each goes to the
    last conjunct before it."""
    found = []
    for h in heads:
        for a in h.children:
            if a.dep_ == "appos" and max((c for c in heads if c.i < a.i), key=lambda c: c.i, default=h) == conjunct:
                found.append(a)
    if conjunct == heads[-1] and not found:
        # "backed Portugal's candidate, former finance minister Joana Reis Matos, to head …": a name
        # set off by a comma right after the phrase, which the parser hung on the verb
        end = max((t.i for t in conjunct.subtree if not t.is_punct), default=conjunct.i)
        # (the parser may hang the comma on the name: its first word is what follows the comma)
        found = [a for a in conjunct.head.children if a.dep_ == "npadvmod" and a.pos_ == "PROPN"
                 and first_word_at(a) == end + 2 and a.doc[end + 1].text == ","]  # fmt: skip
    return found


_DELEGATIONS = frozenset({"delegation", "mission"})
# What a delegation told of before is called again: "A delegation … led by X arrived … The visitors
# were received by Y".
_THE_GUESTS = frozenset({"visitors", "guests"})
_GREETED = frozenset({"greeted", "welcomed", "received", "met", "hosted"})


def _guests_received(noun) -> bool:
    """ "The visitors", "the guests", bare, received, welcomed or met, or holding talks ("the visitors
    held talks with …"); not what a team or a hotel's guests do ("the visitors criticised the fans")."""
    bare = not any(c.dep_ != "det" for c in noun.children)
    done = _GREETED | {"entertained", "held"}
    return bare and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lower_ in done


def _leader_in_phrase(noun, paragraph: ParagraphIn) -> str | None:
    """The person a delegation's own phrase says led it ("a delegation … headed by X")."""
    people = [e for e in _entities_in(list(noun.subtree), paragraph.entities) if e.type == "PERSON"]
    return next((e.entity_id for e in people if a_delegation_led_by(paragraph.text, e)), None)


# A country's party told of again by its demonym: "the Lao party", "the Nepalese party".
_PARTY_NOUNS = frozenset({"party"})


def _country_modifying(noun) -> str | None:
    """ISO alpha-3 of a country or demonym modifying a noun ("the Dutch firm", "the US company")."""
    return next((iso3 for c in noun.children if c.dep_ in ("amod", "compound") and (iso3 := iso3_for(c.text))), None)


def _described_as_of(text: str, entity: EntitySpan, iso3: str) -> bool:
    """Is a name written as that country's: in its name ("Dutch Telecom"), after it with only
    lowercase nouns between ("Dutch rival Van der Meulen", "US software company Altura"; not "the
    Dutch unit of Altura", "British regulators have fined Altura"), or in an apposition right after
    it ("Van der Meulen, the Dutch engineering group")?"""
    if any(iso3_for(w) == iso3 for w in text[entity.char_start : entity.char_end].split()):
        return True
    before = text[max(0, entity.char_start - 40) : entity.char_start].split()
    for k in range(1, min(4, len(before)) + 1):
        between = before[len(before) - k + 1 :]
        if iso3_for(before[-k]) == iso3 and all(
            w.isalpha() and w.islower() and w not in _NOT_DESCRIBING for w in between
        ):
            return True
    after = _APPOSED_AFTER.match(text, entity.char_end)
    return bool(after) and any(iso3_for(w) == iso3 for w in after.group(1).split())


# Words that stand between a nationality and a name it does not describe: "the Dutch unit of Altura".
_NOT_DESCRIBING = frozenset("of the a an and or to by in on for with from at have has had was were is are".split())
_APPOSED_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*[,.;]")


def _country_in_name(name: str, named: Mapping[str, str]) -> str | None:
    """ "U.S. State Department", "Chinese Foreign Ministry", "the Foreign Ministry of Peru": an organ
    whose name opens or ends with its country, when the text names that country as a country
    (`named`: ISO alpha-3 → entity id)."""
    iso3 = country_of_organ_name(name)
    return named.get(iso3) if iso3 else None


def country_of_organ_name(name: str) -> str | None:
    """ISO alpha-3 of the country a state organ's own name opens or ends with ("U.S. State
    Department", "Chinese Foreign Ministry", "the Foreign Ministry of Peru"); else None."""
    body, of, country = name.rpartition(" of ")
    if of and _ORGAN.fullmatch(body) and (iso3 := iso3_for(country)):
        return iso3
    words = name.split()
    for k in (1, 2):
        iso3 = iso3_for(" ".join(words[:k]))
        if iso3 and len(words) > k and _ORGAN.fullmatch(" ".join(words[k:])):
            return iso3
    return None


def _countries_of(paragraph: ParagraphIn) -> dict[str, str]:
    return countries_named([(paragraph.text, paragraph.entities)])


# Bodies that stand against their country's government, which a country named in their phrase does
# not act for: "Kenya's main opposition alliance", "Sudan's rebels".
_AGAINST_THE_STATE = frozenset(
    "opposition rebel rebels insurgent insurgents dissident dissidents separatist separatists".split()
)


def _the_place_a_sentence_opens_with(token, paragraph: ParagraphIn) -> EntitySpan | None:
    """The place "In Seoul, …" opens the token's sentence with, before the token: the place entity
    (an empty id where the model named no place there); None with no such opening."""
    start = token.sent.start_char
    opening = re.match(r"\s*In ([A-Z][^,]{1,40}), ", paragraph.text[start : token.idx])
    if opening is None:
        return None
    at = start + opening.start(1)
    place = next((e for e in paragraph.entities if e.type == "PLACE" and e.char_start == at), None)
    return place or EntitySpan(at, at, "", "PLACE")


def of_the_opposition(subject) -> bool:
    """A subject told as the opposition's ("Opposition deputy X", "the main opposition party"),
    whose "the government" is its own country's."""
    return any(t.lower_ == "opposition" for t in subject.subtree if t.i <= subject.i)


def _against_its_state(noun) -> bool:
    """ "The opposition", "Kenya's main opposition alliance", "the rebel movement"."""
    return noun.lower_ in _AGAINST_THE_STATE or any(
        c.dep_ in ("amod", "compound") and c.lower_ in _AGAINST_THE_STATE for c in noun.children
    )


# The organs of a firm or a club, which a story writes for the firm it tells of: "attacked the board".
_FIRMS_ORGANS = frozenset({"board", "management"})


# A choice of someone for a post, whose "of" phrase names whom it fell on: "the election of Ana
# Bogran as secretary-general", "the appointment of Anne Colby"; and a side chosen, "the defection
# of Gordon Blythe".
_CHOICES = frozenset(
    "election elections re-election reelection appointment appointments reappointment nomination nominations "
    "selection defection".split()
)


# The words a firm is introduced by ("the Cuban enterprise Tecnoazúcar"), beside `_BODY_NOUNS`.
_KINDS_OF_FIRM = frozenset("enterprise enterprises corporation".split())


def _name_split_off_its_kind(kind, paragraph: ParagraphIn) -> list[EntitySpan]:
    """ "between the Lao firm X and the Cuban enterprise Tecnoazúcar": a body's name right after its
    kind, which the parser may hang elsewhere (as a second subject of the verb)."""
    after = kind.nbor(1) if kind.i + 1 < len(kind.doc) else None
    if after is None or after.pos_ != "PROPN" or after.head.i == kind.i:
        return []
    return [e for e in _entities_in([after], paragraph.entities) if e.type == "ORG" and e.char_start == after.idx]


def _head_entities(head, paragraph: ParagraphIn, groups: Mapping[tuple, list[EntitySpan]] | None = None):
    """The entities an object phrase is about: the entity its head word belongs to, with the
    heads of its conjuncts ("support Russia and Ukraine"), else its possessor ("China's
    position" → China), else the members of a group ("Latin American countries, including
    Brazil"; "Caribbean countries" once the article has named them); a name deeper in the phrase
    ("cooperation between Catalonia and China") is not what the phrase is about."""
    found = []
    heads = conjuncts(head)
    for h in heads:
        covering = _entities_in([h], paragraph.entities)
        if covering and covering[0].type == "ORG" and (country := _country_of_organ(h, covering[0], paragraph)):
            covering = [EntitySpan(0, 0, country, "COUNTRY")]  # "criticised Cuba's Foreign Ministry"
        if not covering:
            # "the film's director, Ann Dale", "his deputy Tom Reed": the name in apposition, with
            # the names listed with it ("footballers Eric Cantona and Ole Gunnar Solskjaer, and
            # club manager Sir Alex Ferguson")
            named = [t for a in _appositions_of(h, heads) for t in conjuncts(a)]
            covering = _entities_in(named, paragraph.entities) or described_person(h, paragraph)
        if not covering and h.lower_ in _BODY_NOUNS | _KINDS_OF_FIRM:
            covering = _name_split_off_its_kind(h, paragraph)
        if not covering and h.lower_ in _GROUP_MEMBERS:
            # "Somalia's al Shabaab militants": the group that names them, not whose they are
            named = [t for c in h.children if c.dep_ == "compound" for t in c.subtree]
            covering = [e for e in _entities_in(named, paragraph.entities) if e.type == "ORG"]
        if not covering and h.lower_ in _PACTS:
            # "denounced the AUKUS deal between the US, Britain and Australia": its parties
            parties = [p for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                       for g in c.children if g.dep_ == "pobj" for p in conjuncts(g)]  # fmt: skip
            covering = [e for p in parties for e in _entities_in([p], paragraph.entities)]
            if not parties:
                # "condemned the Russian deal", "the Russian arms deal": the country its demonym
                # before it gives (not a deal's name, "the EU-Mercosur agreement")
                before = [t for c in h.lefts if c.dep_ in ("amod", "compound") for t in c.subtree]
                covering = [e for e in _entities_in(before, paragraph.entities) if e.type == "COUNTRY"]
        if not covering:
            owners = [c for c in h.children if c.dep_ == "poss"]
            covering = _entities_in(owners, paragraph.entities) if owners else []
            if owners and not covering:
                covering = _entities_in(list(owners[0].subtree), paragraph.entities)
            names = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            # (but "Britain's Labour government" is Britain's: a government is its state's)
            if owners and names and any(e.type == "COUNTRY" for e in covering) and h.lower_ not in _COUNTRY_BODIES:
                # "accused Yemen's Houthi movement", "Lebanon's Hezbollah movement": the body its own
                # name gives, not the country that owns it; none where the model did not tag that
                # name (but "the African Union's High-Level Panel" is the Union's)
                named = [e for e in _entities_in(names, paragraph.entities) if e.type in ("ORG", "OTHER")]
                if named or any(a_name_missed(c, paragraph) for c in names):
                    covering = named + [e for e in covering if e.type != "COUNTRY"]
            if not covering and h.lower_ in _GROUP_WORDS:
                # its members, else the body they make up ("the G7 nations", "the EU member states")
                named = [t for c in h.children if c.dep_ == "compound" for t in c.subtree]
                covering = (_members(h, paragraph) or list((groups or {}).get(_group_key(h), []))
                            or [e for e in _entities_in(named, paragraph.entities) if e.type == "ORG"])  # fmt: skip
            contest_entry = h.lower_ == "entry" and any(
                c.dep_ == "prep" and c.lower_ in ("in", "for", "at") for c in h.children
            )  # "the Irish entry in the contest"
            if not covering and h.lower_ in _COUNTRY_BODIES and not contest_entry:  # "the Venezuelan people"
                covering = [e for e in _entities_in([c for c in h.children if c.dep_ in ("amod", "compound")],
                                                    paragraph.entities) if e.type == "COUNTRY"]  # fmt: skip
            if not covering and _an_act_of_force(h):  # "the Israeli offensive": Israel's doing
                before = [t for c in h.lefts if c.dep_ in ("amod", "compound") for t in c.subtree]  # "US air strikes"
                covering = [e for e in _entities_in(before, paragraph.entities) if e.type == "COUNTRY"]
                # (or an armed group's or an alliance's name: "the M23 offensive", "the Nato strikes")
                # (an attack or a bombing as often names its target, "the Al Jazeera attack in Baghdad",
                # unless its target is told apart: "the Hamas attacks on its towns", "the Nato bombing of Serbia")
                named = [t for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree]
                aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against", "into", "of") for c in h.children)
                named = named if h.lower_ not in _TARGETED_ACTS or aimed else []
                covering = covering or [e for e in _entities_in(named, paragraph.entities) if e.type == "ORG"]
            if not covering and h.lower_ in _A_STATES_OWN and h.i == heads[0].i:
                # "the Party, State and people of Vietnam", "the party and government of Laos": the
                # country of the "of" phrase the parser hangs on the first of them; "the Lao party
                # and people", by its demonym (a party alone is any party of that country)
                covering = [e for e in _entities_in(_of_objects(h), paragraph.entities) if e.type == "COUNTRY"]
                joined = len(heads) > 1 and all(c.lower_ in _A_STATES_OWN for c in heads)
                if not covering and joined:
                    covering = [e for e in _entities_in([c for c in h.children if c.dep_ in ("amod", "compound")],
                                                        paragraph.entities) if e.type == "COUNTRY"]  # fmt: skip
            # "Kazakhstan officials", "SEC officials"; "Mr Blair and other Cabinet ministers" are
            # people besides the one named, not the body's side.
            if not covering and h.lower_ in _AGENTS_OF and not any(c.lower_ == "other" for c in h.children):
                covering = [e for e in _entities_in([c for c in h.children if c.dep_ in ("amod", "compound")],
                                                    paragraph.entities) if e.type in ("COUNTRY", "ORG")]  # fmt: skip
            if not covering and h.lower_ in _GOVERNING:
                # "the authorities in Sweden", "officials in Kenya": the country they govern (not
                # troops, for whom "in" is where they are; the parser may hang the "in" on the verb,
                # right after the noun)
                ins = [c for c in (*h.children, *h.head.children) if c.dep_ == "prep" and c.lower_ == "in"
                       and (c.head.i == h.i or c.i == h.right_edge.i + 1)]  # fmt: skip
                where = [g for c in ins for g in c.children if g.dep_ == "pobj"]
                covering = [e for e in _entities_in(where, paragraph.entities) if e.type == "COUNTRY"]
            if not covering and h.lower_ in _ORG_NOUNS | _ORG_KIND_NOUNS:
                # "the Balco laboratory", "the Labour party": the organisation the noun's name gives
                covering = [e for e in _entities_in([c for c in h.children if c.dep_ == "compound"],
                                                    paragraph.entities) if e.type == "ORG"]  # fmt: skip
            if not covering and h.lower_ in _STATEMENT_NOUNS:
                # its authors: "by" or "of" phrase ("the policies of the G7"), or "Tory demands"
                # (not an "of" phrase's owner: "the actions of Mr Lund's critics" are not his)
                # ("the claims made on Monday by Michael Howard": the "by" of a participle of making)
                makers = [m] if (m := maker(h)) is not None else []
                # (a deed done to someone with its doer named before it: its "of" is who suffered
                # it, "the US blockade of Cuba")
                doer_before = any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.pos_ in ("PROPN", "ADJ")
                                  for c in h.children)  # fmt: skip
                by_or_of = ("by",) if h.lower_ in _DONE_TO and doer_before else ("by", "of")
                authors = [g for c in [*h.children, *(x for v in makers for x in v.children)]
                           if c.dep_ in ("prep", "agent") and c.lower_ in by_or_of
                           for g in c.children if g.dep_ == "pobj"
                           and (c.lower_ == "by" or not any(x.dep_ == "poss" for x in g.children))]  # fmt: skip
                # (and "the US economic, commercial and financial blockade": the parser's nmod)
                authors += [c for c in h.children if c.dep_ in ("compound", "amod", "nmod")
                            and c.pos_ in ("PROPN", "ADJ")]  # fmt: skip
                authors += _by_hung_on_the_verb(h)
                covering = [e for a in authors for e in _head_entities(a, paragraph, groups)]
            if not covering and h.lower_ in ("way", "manner"):
                # "criticised the way Tony Blair's government operates": whose doing it is
                doers = [g for c in h.children if c.dep_ == "relcl" for g in c.children
                         if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]  # fmt: skip
                covering = [e for d in doers for e in _head_entities(d, paragraph, groups)]
            if not covering and h.lower_ in _CHOICES:
                # "welcomed the election of Hassan Ali Robleh as chair": whom the choice fell on
                of = _of_objects(h)
                covering = [e for e in _head_entities(of[0], paragraph, groups) if e.type != "COUNTRY"] if of else []
            if not covering and h.lower_ in _STAFF:
                # "commended the staff of the Hoima Legal Aid Clinic", "the authorities of Spain":
                # the body or country they act for (not a person's: "the staff of Mr Hale")
                of = _of_objects(h)
                covering = [e for e in _head_entities(of[0], paragraph, groups) if e.type != "PERSON"] if of else []
            # (not a former leader: "the former chairman of Norvik", "the late king")
            if not covering and h.lower_ in _AGENT_NOUNS | (_LEADERS_OF if not _former(h) else set()):
                of = _of_objects(h)
                covering = _head_entities(of[0], paragraph, groups) if of else []
                if of and h.lower_ in _LEADERS_OF:
                    # "the president of France, Jacques Chirac": the parser hangs the leader's
                    # name on the country
                    named = [e for e in _entities_in([c for c in of[0].children if c.dep_ == "appos"],
                                                     paragraph.entities) if e.type == "PERSON"]  # fmt: skip
                    covering = named or covering
        found.extend(e for e in covering if e not in found)
    return [e for e in found if e.type in ("PERSON", "COUNTRY", "ORG")]


def _by_hung_on_the_verb(noun) -> list:
    """The "by" phrase right after an active verb's object, which the parser hangs on the verb:
    "condemned the drills by South Korea and the US" (an active verb has no agent of its own)."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    by = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i == noun.right_edge.i + 1]
    return [g for c in by for g in c.children if g.dep_ == "pobj"]


def _former(noun) -> bool:
    """ "The former chairman", "the late king", "the ex-president", "the then leader"."""
    return any(c.lower_ in _FORMER for c in noun.children if c.dep_ in ("amod", "compound", "advmod", "nmod"))


def _group_key(group) -> tuple:
    """What names a group besides its noun: "the Caribbean countries" → ("caribbean",); nothing
    for a counted group ("six Caribbean countries" are some of them, unnamed)."""
    if any(c.dep_ == "nummod" for c in group.children):
        return ()
    return tuple(sorted(c.lower_ for c in group.children if c.dep_ in ("amod", "compound", "nmod")
                        and c.pos_ in ("ADJ", "PROPN", "NOUN")))  # fmt: skip


def _member_list(prep, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The countries and organisations of an "including A, B and C" list."""
    heads = [c for c in prep.children if c.dep_ == "pobj"]
    members: list[EntitySpan] = []
    while heads:
        h = heads.pop(0)
        members.extend(e for e in _entities_in([h], paragraph.entities) if e.type in ("COUNTRY", "ORG")
                       and e not in members)  # fmt: skip
        heads.extend(c for c in h.children if c.dep_ == "conj")
    return members


def _is_member_prep(token) -> bool:
    """ "including", "like", "among"; and the "as" of "such as" (the parser makes "such" its modifier)."""
    if token.lower_ == "as":
        return any(c.lower_ == "such" for c in token.children)
    return token.lower_ in _MEMBER_PREPS


def _members(group, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Members listed inside a group's own phrase ("Latin American countries, including Brazil")."""
    for child in group.children:
        if child.dep_ in ("prep", "appos") and _is_member_prep(child):
            return _member_list(child, paragraph)
    return []


# A head of state or government written with its country: "Iran's president", "the Iranian
# president", "the President of Iran".
_HEAD_OF_STATE_WITH_A_COUNTRY = re.compile(
    r"\b([A-Z][\w.-]*)(?:['’]s)?\s+(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier)\b"
    r"|\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier) of (?:the )?([A-Z][\w-]*)"
)
# The words of a head of state or government told with no name nor country: "the president", "the
# President of the Republic", "the prime minister".
_BARE_HEAD_OF_STATE = frozenset("the president premier prime minister of republic".split())


# Who heads a delegation, told by that office: "the head of the delegation".
_HEADS_OF_A_DELEGATION = frozenset("head leader chief".split())


def _delegation_it_heads(head):
    """The bare "the delegation" a "the head of" phrase names, else None."""
    delegations = [g for g in _prep_objects(head, ("of",)) if g.lower_ in ("delegation", "mission") and with_the(g)]
    bare = [d for d in delegations if not any(c.dep_ in ("prep", "amod", "compound") for c in d.children)]
    return bare[0] if bare else None


def _object_its_for_phrase_is_about(pronoun, paragraph: ParagraphIn) -> str | None:
    """The country or body a verb's object names, whose an "its" in the verb's "for" phrase is:
    "thanked Angola for its vote against the blockade at the United Nations General Assembly and for
    its solidarity" (both Angola's, however far the second "for" hangs); None for any other."""
    if pronoun.dep_ != "poss":
        return None
    node, through_for = pronoun.head, False
    while node.pos_ != "VERB" and node.dep_ in ("pobj", "prep", "conj") and node.head.i != node.i:
        through_for = through_for or (node.pos_ == "ADP" and node.lower_ == "for")
        node = node.head
    if node.pos_ != "VERB" or not through_for:
        return None
    objects = [c for c in node.children if c.dep_ == "dobj" and c.i < pronoun.i]
    named = [e for e in _entities_in(objects, paragraph.entities) if e.type in ("COUNTRY", "ORG")]
    return named[0].entity_id if named else None


def _the_bare_head_of_state(token) -> bool:
    """ "The President of the Republic", "the prime minister": the head of the state the story is
    filed from, where the article names no holder (not "the visiting president", "the president of
    the CBI", "the Chinese premier")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in ("president", "premier", "minister"):
        return False
    if not with_the(token):
        return False
    words = [t.lower_ for t in token.subtree]
    prime = token.lower_ != "minister" or "prime" in words
    return prime and set(words) <= _BARE_HEAD_OF_STATE


def _pair_subject(token) -> bool:
    """ "The two sides", "both countries", or "the two" alone as a subject (`Actors.pair`: only the
    sides of a meeting the article told)."""
    if token is None:
        return False
    the_two = (
        token.lower_ == "two"
        and token.dep_ in ("nsubj", "nsubjpass")
        and any(c.lower_ == "the" for c in token.children)
    )
    return the_two or (token.lower_ in _PAIR_WORDS and any(c.lower_ in ("two", "both") for c in token.children))


# The names of unions of states news calls "the bloc".
_A_BLOC = re.compile(
    r"\b(?:Union|Nations|Community|Association|Organi[sz]ation|Alliance|Cooperation Council|Mercosur|Mercosul|"
    r"EU|ASEAN|Asean|ECOWAS|Ecowas|SADC|BRICS|Brics|Nato|NATO|OPEC|Opec|CELAC|Celac|ALBA|SCO|G7|G8|G20|AU)\b"
)


# Offices whose holders "the ministers", "the leaders" mean after two of them met.
_HELD_BY_A_PAIR = (_PAIR_OFFICES - {"men", "women", "counterparts", "executives", "chairmen"}) | {
    "leaders", "presidents",
}  # fmt: skip


def the_office_holders(token, paragraph: ParagraphIn) -> bool:
    """ "The ministers", "the foreign ministers", "the leaders": holders of an office told of with
    nothing to say which (no number, no "of" phrase, no name: not "the EU ministers"); and "the
    delegations", whom those who met led."""
    if token is None or token.lower_ not in _HELD_BY_A_PAIR | {"delegations"} or token.tag_ != "NNS":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    others = [c for c in token.children if c.dep_ not in ("det", "amod", "compound")]
    described = [c for c in token.children if c.dep_ in ("amod", "compound")]
    return not others and not any(c.pos_ == "PROPN" or _entities_in([c], paragraph.entities) for c in described)


def _participle_above_a_relative(verb):
    """The participle a relative clause's noun is the object of, where the participle, or a verb at
    most five above it, describes words someone gives out: "a statement backing X's decision … and
    condemning the committee, which it accused of …"; else None (not "expelled a diplomat working
    for the British Council, which it …")."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("dobj", "pobj"):
        return None
    above = verb.head.head
    if above.dep_ == "prep":
        above = above.head
    chain = [above, *islice(above.ancestors, 5)]
    words = any(node.dep_ == "acl" and node.head.lower_ in _UTTERANCES for node in chain)
    return above if above.tag_ == "VBG" and words else None


def _clause_above_a_relative(verb):
    """The verb of the main clause a relative clause's noun belongs to ("imposed" in "imposed
    sanctions on firms that it accused …"), where `verb` heads a relative clause; else None (not a
    reported or another relative clause's verb: "China said the US had sold arms to Taiwan, which
    it condemned", where "it" is China)."""
    if verb.dep_ != "relcl":
        return None
    above = verb.head
    while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
        above = above.head
    main = above
    while main.dep_ == "conj":
        main = main.head
    return above if above.pos_ in ("VERB", "AUX") and main.dep_ == "ROOT" else None


# The regions news names a country by ("the West African nation"), as GeoNames' continents (AF, AS,
# EU, NA, OC, SA) where a continent is what the word names, else as the countries (ISO alpha-3) of
# regions that cross continents: the Middle East holds Egypt, the Caribbean is islands, not the US.
_CONTINENT_WORDS = {
    "african": frozenset({"AF"}),
    "european": frozenset({"EU"}),
    "balkan": frozenset({"EU"}),
    "baltic": frozenset({"EU"}),
    "nordic": frozenset({"EU"}),
    "scandinavian": frozenset({"EU"}),
    "andean": frozenset({"SA"}),
    "pacific": frozenset({"OC"}),
}
_MIDDLE_EAST = frozenset("BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM".split())
_REGION_COUNTRIES = {
    "caribbean": frozenset(
        "ATG BHS BRB BLZ CUB DMA DOM GRD GUY HTI JAM KNA LCA VCT SUR TTO".split()
    ),  # (and CARICOM's)
    "gulf": frozenset("BHR KWT OMN QAT SAU ARE IRQ IRN".split()),
    "arab": frozenset(
        "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split()
    ),
    "southeast": frozenset("BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM".split()),
    "central american": frozenset("BLZ CRI SLV GTM HND NIC PAN".split()),
    "latin american": frozenset("ARG BOL BRA CHL COL CRI CUB DOM ECU SLV GTM HND MEX NIC PAN PRY PER URY VEN".split()),
}


def _region_named(noun) -> tuple[frozenset[str], frozenset[str]]:
    """(continents, countries) the words before a country noun name: "the southern African nation" →
    Africa, "the Middle Eastern country" → the Middle East's countries; none for "the country"."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    words += [g.lower_ for c in noun.children if c.dep_ in ("amod", "compound") for g in c.children if g.i < c.i]
    if "middle" in words and "eastern" in words:
        return frozenset(), _MIDDLE_EAST
    if "southeast" in words or ("south" in words and "east" in words and "asian" in words):
        return frozenset(), _REGION_COUNTRIES["southeast"]
    if "american" in words:
        for region in ("central", "latin"):
            if region in words:
                return frozenset(), _REGION_COUNTRIES[f"{region} american"]
        if "south" in words:
            return frozenset({"SA"}), frozenset()
        return frozenset({"NA"}) if "north" in words else (frozenset(), frozenset())
    if "asian" in words:
        return frozenset({"AS"}), frozenset()
    countries = frozenset(c for w in words for c in _REGION_COUNTRIES.get(w, ()))
    return frozenset(c for w in words for c in _CONTINENT_WORDS.get(w, ())), countries


def _in_region(written: str, continents: frozenset[str], countries: frozenset[str]) -> bool:
    """Is the country written so on one of the continents or among the countries (all, when both
    are empty)?"""
    if not continents and not countries:
        return True
    iso3 = iso3_for(written)
    return iso3 in countries or continent_of(iso3) in continents
