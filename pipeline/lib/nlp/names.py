"""Surface forms of names: clean-up, titles kept as roles, comparison keys, family names.

`clean_surface("the President Nicolás Maduro’s")` → `Name("Nicolás Maduro", role="President")`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from pipeline.lib.nlp.entity_types import shape_type

# Titles and honorifics, longest first so "Vice Foreign Minister" wins over "Minister".
_TITLES = sorted(
    [
        "President",
        "Vice President",
        "Vice-President",
        "Co-President",
        "Former President",
        "Premier",
        "Vice Premier",
        "Vice-Premier",
        "Prime Minister",
        "Deputy Prime Minister",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Vice Chairman",
        "Vice-Chairman",
        "General Secretary",
        "Secretary-General",
        "Secretary General",
        "Secretary",
        "Minister",
        "Foreign Minister",
        "Vice Foreign Minister",
        "Deputy Foreign Minister",
        "Vice-minister",
        "Vice-Minister",
        "Vice Minister",
        "Deputy Minister",
        "Defence Minister",
        "Defense Minister",
        "Acting Foreign Minister",
        "Ambassador",
        "Chinese Ambassador",
        "Counsellor",
        # a local council's member, and China's State Council's ("State Councilor Wang Yi")
        "Councillor",
        "Councilor",
        "State Councillor",
        "State Councilor",
        "Comrade",
        "Commander",
        "Commander in Chief",
        "Commander-in-Chief",
        "Senator",
        "Deputy",
        "Governor",
        "Mayor",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Dr",
        "Dr.",
        "Prof",
        "Miss",
        "Emperor",
        "Empress",
        "Crown Prince",
        "Duke",
        "Duchess",
        "Earl",
        "Countess",
        "Baron",
        "Baroness",
        "Rabbi",
        "Imam",
        # Muslim scholars' honorifics, written before the name as "Sheikh" is
        "Mawlawi",
        "Maulvi",
        "Maulana",
        "Mullah",
        "Bishop",
        "Archbishop",
        "Cardinal",
        "Canon",
        "Sheikh",
        "Ayatollah",
        "Lieutenant",
        "Lt",
        "Lt.",
        "Sergeant",
        "Sgt",
        "Sgt.",
        "Corporal",
        "Cpl",
        "Major",
        "Maj",
        "Brigadier",
        "Admiral",
        "Marshal",
        "Field Marshal",
        "Lieutenant General",
        "Major General",
        "Coach",
        "DJ",
        "Detective",
        "Inspector",
        "Superintendent",
        "Chief Executive",
        "Chief Constable",
        "Shadow Chancellor",
        "Home Secretary",
        "Foreign Secretary",
        "Culture Secretary",
        "Health Secretary",
        "Education Secretary",
        "Chief Secretary",
        "MP",
        # Members of other assemblies, and a firm's head, by their initials ("MEP Nigel Farage", "the
        # MSP", "CEO Tim Cook"): an office, never a name of its own
        "MEP",
        "MSP",
        "MLA",
        "CEO",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "General",
        "Gen.",
        # Ranks as British and military style abbreviates them, with no full stop ("Gen Musharraf",
        # "Lt Col Tim Collins", "Cllr Jo Bloggs").
        "Gen",
        "Col",
        "Capt",
        "Capt.",
        "Brig",
        "Adm",
        "Cdr",
        "Cllr",
        "Supt",
        "Insp",
        "Colonel",
        "Col.",
        "Captain",
        "Judge",
        "Justice",
        "Professor",
        "Prof.",
        "Rev.",
        "Reverend",
        "Father",
        "Sister",
        "Brother",
        "SRSG",
        "Chancellor",
        "Speaker",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Envoy",
        "Special Envoy",
        "Special Representative",
        "High Representative",
        "Special Rapporteur",
        "Consul",
        "Director",
        "Director-General",
        # Styles of address of rulers and ministers, and Malaysia's honours, written before the
        # name ("His Highness Sheikh Saif", "Datuk Seri Hafizuddin Omar", "Tan Sri Rosli")
        "His Highness",
        "Her Highness",
        "His Royal Highness",
        "Her Royal Highness",
        "Royal Highness",
        "Highness",
        "His Majesty",
        "Her Majesty",
        "His Excellency",
        "Her Excellency",
        "Excellency",
        # the style of members of parliaments and ministers ("the Honourable Kwabena Asante-Mensah")
        "Honourable",
        "Honorable",
        "Right Honourable",
        "Rt Hon",
        "Hon.",
        "HRH",
        "Datuk",
        "Datuk Seri",
        "Dato",
        "Dato'",
        "Dato' Sri",
        "Dato Sri",
        "Datin",
        "Tan Sri",
        "Puan Sri",
        "Comandante",
        "Presidenta",
        "Señor",
        "Señora",
        "Don",
        "Doña",
    ],
    key=len,
    reverse=True,
)
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\s+)+")
# A title written right before a name ("... with Chinese Premier Li Qiang"): NER leaves it out
# of the span, so it is read from the text in front of the mention.
_TITLE_BEFORE_RE = re.compile(
    r"(?:[A-Z]{2,6}\s+)?(?:(?:Former|former|Chinese|Venezuelan|Brazilian|Colombian|Chilean|Cuban|Mexican|Bolivian|Greek|"
    r"Nicaraguan|Honduran|Ghanaian|US|U\.S\.)\s+)?(?<![\w-])(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\s+$"
)  # (a whole title: not "Premier" of "Vice-Premier")
_LEADING_DETERMINER = re.compile(r"^(?:the|The|THE|a|an|An)\s+")
# Titles that can also open the name of a company, place or body ("General Motors", "Major League",
# "Queen Elizabeth Hall", "Justice Department"): taken off a span only when it names a person.
_SAFE_TITLES = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame",
    "President", "Vice President", "Vice-President", "Former President", "Premier", "Vice Premier",
    "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Vice Foreign Minister", "Comrade",
    "Vice-minister", "Vice-Minister", "Vice Minister", "Ambassador", "Chinese Ambassador", "Senator",
    "Rabbi", "Imam", "Archbishop", "Sheikh", "Ayatollah", "Presidenta", "Señor", "Señora", "Doña",
    "Mawlawi", "Maulvi", "Maulana", "Mullah", "His Highness", "Her Highness", "His Excellency", "Her Excellency",
    "His Majesty", "Her Majesty", "Datuk", "Datuk Seri", "Dato", "Dato'", "Dato' Sri", "Dato Sri", "Datin",
    "Tan Sri", "Puan Sri",
}  # fmt: skip
# The style of members of parliaments and ministers, which opens a few bodies' names too ("the
# Honourable Artillery Company", "the Honourable Society of the Inner Temple"): taken off a body's
# span only when no word of a body follows.
_PERSONAL_STYLE = re.compile(r"^(?:Right\s+)?Hono(?:u)?rable\s+(?=[A-Z])")
_A_BODYS_WORDS = re.compile(r"\b(?:of|Company|Society|Artillery|Association|Club|Court|House|Guild|Trust)\b")
_SAFE_TITLE_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(t) for t in sorted(_SAFE_TITLES, key=len, reverse=True)) + r")\s+)+"
)
# Honorifics that say whether a person is a man or a woman: "Mrs Howard" is not "Mr Howard".
_MALE = {"mr", "sir", "lord", "king", "prince", "duke", "earl", "baron", "father", "brother", "señor", "don", "emperor"}
_FEMALE = {"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "duchess", "countess", "baroness", "sister",
           "señora", "doña", "empress", "presidenta"}  # fmt: skip
# Royal titles come with a given name, not a surname: "Prince Charles" is not a Charles of a full name.
_ROYAL = {"king", "queen", "prince", "princess", "emperor", "empress", "pope", "tsar", "sultan"}
# Titles of rank that name their holder before a surname ("Lord Archer", "Baroness Morgan", "Cardinal
# Hume"): few carry one, so such a surname is not the commoner of that surname named elsewhere. Peers
# by sex (a Baron is styled Lord, a Baroness Lady); clergy as one rank.
_RANKS = {
    **dict.fromkeys(("lord", "baron", "viscount", "earl", "marquess", "duke"), "lord"),
    **dict.fromkeys(("lady", "baroness", "viscountess", "countess", "marchioness", "duchess"), "lady"),
    **dict.fromkeys(("cardinal", "archbishop", "bishop"), "cleric"),
}
PRONOUNS = frozenset(
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
    "this that these those who whom whose which what".split()
)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# Headline verbs that NER glues onto a name in title-cased headlines ("Ma Hui Meets with ...").
_HEADLINE_VERBS = {
    "meets",
    "says",
    "visits",
    "holds",
    "calls",
    "urges",
    "stresses",
    "attends",
    "receives",
    "hails",
    "thanks",
    "welcomes",
    "commemorates",
    "celebrates",
    "congratulates",
    "talks",
    "signs",
    "unveils",
}
_TRAILING_JOINERS = {"of", "and", "the", "for", "in", "on", "at", "to", "&"}
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?-–— \t"
_PARTICLES = {
    "da",
    "de",
    "do",
    "dos",
    "das",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "van",
    "von",
    "der",
    "y",
    "e",
    "bin",
    "al",
}

# Common Chinese family names (pinyin). A name whose first token is one of these, written in two
# or three tokens, carries its family name first: "Xi Jinping" is Xi, "Chen Xi" is Chen.
CHINESE_SURNAMES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song
    tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
    yao jin fu zhong tan lan geng xi qin bai hou shi kong mao qiu jia xiong meng qian yan duan lei hao kang
    long shao wan gu mo niu fang chai cui dai fan""".split()
)


@dataclass(frozen=True)
class Name:
    text: str
    role: str | None


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Adverbs that open a sentence, capitalised there only, which the model at times runs into the name
# after them. Not one that opens a title ("Later with Jools Holland", "Today", "Still Game").
_SENTENCE_ADVERBS = frozenset(
    "Afterwards Afterward Meanwhile However Moreover Furthermore Nevertheless Nonetheless Separately "
    "Subsequently Additionally Elsewhere Likewise Similarly Instead Initially Earlier Eventually Finally "
    "Previously Recently Currently Thereafter".split()
)


# A comma inside a person's span, then an office's first word: the office set off after the name.
_OFFICE_AFTER_A_COMMA = re.compile(
    r",\s+(?=(?:Head|Member|Vice|Chief|Director|Secretary|Deputy|Chairman|Chairwoman|Chair|President|Minister"
    r"|Governor|Mayor|Ambassador|General|Leader|Speaker|Editor|Founder)(?:\s+(?:of|for)\b.*)?$)"
)  # (the office alone or with its "of": "Tony Blair, President Jacques Chirac" is two names)


# Lowercase words that belong to the name after them: a point of the compass ("south Korea", as
# KCNA writes it, "north-west London"), a part ("middle England", "the under-19 World Cup"), an
# ordinal or a figure ("21st Century Fox").
_PART_OF_A_NAME = frozenset(
    "north south east west northern southern eastern western central middle upper lower greater inner outer the".split()
)


def _a_description_word(word: str) -> bool:
    """A lowercase word before a body's or an event's name that describes it, not part of it."""
    parts = word.split("-")
    return (
        word.islower()
        and word not in _PARTICLES
        and not any(p in _PART_OF_A_NAME for p in parts)
        and not any(c.isdigit() for c in word)
    )


def clean_surface(text: str, person: bool = True) -> Name:
    """Remove determiners, possessives, quotes and punctuation; move titles into `role`.

    For a person (`person=True`) every title, leading lowercase words ("comedian Alexei Sayle"), a
    leading demonym ("Kenyan Susan Chepkemei") and a leading party or seat ("Tory Liam Fox") go to
    the role; for other names only titles that cannot open the name of a body or place (Mr, Dr,
    President...) do: "General Motors" stays whole.
    """
    name = " ".join(text.replace("\n", " ").split()).strip(_EDGE_PUNCT)
    name = _LEADING_DETERMINER.sub("", name)
    name = _POSSESSIVE.sub("", name).strip(_EDGE_PUNCT)
    words = name.split()
    while len(words) > 1 and words[0] in _SENTENCE_ADVERBS:
        words.pop(0)  # "Afterwards Bastidas crossed …": the model ran the sentence's first word in
    while len(words) > 1 and (
        words[-1].casefold() in _HEADLINE_VERBS
        or words[-1] in _TRAILING_JOINERS
        or (words[-1][:1].islower() and words[-1] not in _PARTICLES and not _LOWERCASE_ARTICLE.match(words[-1]))
    ):
        words.pop()  # "Ma Hui Meets", "The Fourth Ministerial Meeting of", "Premier League commission"
    name = " ".join(words).strip(_EDGE_PUNCT)
    roles: list[str] = []
    if person and (office := _OFFICE_AFTER_A_COMMA.search(name)) and len(name[: office.start()].split()) >= 2:
        roles.append(name[office.start() + 1 :].strip())  # "Liu Jianmin, Head of": the model ran on
        name = name[: office.start()]  # past the comma into the office set off after the name
    words = name.split()
    words = _from_the_honorific_on(words, _HONORIFICS if person else _PLAIN_HONORIFICS)
    if person:
        # Leading lowercase words are a description, never part of a name (particles aside).
        while len(words) > 1 and words[0][:1].islower() and words[0] not in _PARTICLES:
            roles.append(words.pop(0))
        words = _after_a_description(words, roles)
        words = _after_a_capitalised_description(words, roles)
    else:
        # A body's or an event's name opens with no lowercase word either: "the opposition Democratic
        # Alliance", "this Six Nations", "bank UFJ Holdings" (a brand's "eBay" has a capital inside)
        while len(words) > 1 and _a_description_word(words[0]) and words[1][:1].isupper():
            roles.append(words.pop(0))
    name = " ".join(words)
    match = (_TITLE_RE if person else _SAFE_TITLE_RE).match(name)
    if match and match.end() < len(name) and not _title_opens_name(name, match.group(0)):
        roles.append(match.group(0).strip())
        name = name[match.end() :].strip(_EDGE_PUNCT)
    elif not person and (styled := _PERSONAL_STYLE.match(name)) and not _A_BODYS_WORDS.search(name[styled.end() :]):
        roles.append(styled.group(0).strip())  # "the Honourable Kwabena Asante-Mensah" the model took for a body
        name = name[styled.end() :]
    if person:
        words = name.split()
        if len(words) >= 3 and words[0][:1].isupper() and _is_place_adjective(words[0]):
            roles.append(words.pop(0))  # "Kenyan Susan Chepkemei": the demonym says where she is from
            name = " ".join(words)
        words = _after_affiliations(words, roles)  # "Tory Liam Fox", "Lib Dem MP Ann Keen", "MP Smith"
        name = " ".join(words)
    return Name(name, " ".join(roles) or None)


# Parties and seats written before a person's name, capitalised so that the description rule,
# which reads lowercase words, leaves them.
_PARTIES = frozenset(
    "Tory Tories Labour Conservative Liberal Democrat Democratic Republican Unionist Nationalist Socialist "
    "Communist Green SNP UKIP".split()
)
_SEATS = frozenset("MEP MP MSP MLA".split())


def _after_affiliations(words: list[str], roles: list[str]) -> list[str]:
    """Drop a leading party ("Tory", "Lib Dem") while two words of name are left, and a seat ("MP")
    while one is: "Tory MP Smith" is Smith. Never a party's own name ("Labour Party Conference")."""
    affiliation: list[str] = []
    while len(words) >= 2 and words[1] not in ("Party", "Parties"):
        if words[:2] in (["Lib", "Dem"], ["Lib", "Dems"]) and len(words) >= 4:
            affiliation += words[:2]
            words = words[2:]
        elif words[0] in _PARTIES and len(words) >= 3:
            affiliation.append(words.pop(0))
        elif words[0] in _SEATS:
            affiliation.append(words.pop(0))
        else:
            break
    if affiliation:
        roles.append(" ".join(affiliation))
    return words


# "al-Baghdadi", "el-Sisi", "ash-Shaykh": a name's part written after the Arabic article, in lowercase;
# "d'Ivoire", "d'Estaing": after an elided French or Italian one.
_LOWERCASE_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ul|ud|ur)-[A-Z]|[dl]['’][A-ZÀ-Ý]")


def opens_with_an_article(word: str) -> bool:
    """A name's word that opens with an article written lowercase: "al-Zubaidi", "d'Ivoire"."""
    return bool(_LOWERCASE_ARTICLE.match(word))


# Honorifics no name of a body or a place holds inside it ("Our Lady of Lourdes Hospital" does).
_PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _from_the_honorific_on(words: list[str], honorifics) -> list[str]:
    """A span that runs in from its context up to an honorific ("Tanzania Mr Brown": the model
    joined the sentence's previous word, whatever label it gave): the name starts there."""
    for i in range(1, len(words) - 1):
        if words[i].casefold().rstrip(".") in honorifics and words[i + 1][:1].isupper():
            return words[i:]
    return words


_JOINER_WORDS = frozenset("of and for the in on at to with from by or".split())


# What a person does, written before their name and capitalised when it opens a sentence ("Defender
# Luka Varga has signed", "Novelist Ann Dale said"): a description, never a given name.
PERSON_DESCRIPTIONS = frozenset(
    "referee coach manager boss chairman chairwoman spokesman spokeswoman striker defender midfielder "
    "goalkeeper winger captain skipper singer actor actress director producer rapper analyst economist "
    "lawyer editor author writer novelist presenter broadcaster journalist comedian musician guitarist "
    "drummer songwriter designer photographer businessman businesswoman tycoon billionaire entrepreneur "
    "activist campaigner veteran founder chef boxer sprinter cyclist golfer jockey filmmaker film-maker footballer "
    "cricketer athlete poet painter sculptor composer curator".split()
)


def _after_a_capitalised_description(words: list[str], roles: list[str]) -> list[str]:
    """ "Defender Luka Varga": the description goes to `roles` when a full name follows it."""
    while len(words) > 2 and words[0].casefold() in PERSON_DESCRIPTIONS and words[1][:1].isupper():
        roles.append(words.pop(0))
    return words


def _after_a_description(words: list[str], roles: list[str]) -> list[str]:
    """A person's span that holds a description ("Tory leader Michael Howard"): the name is what
    follows its last lowercase word, the description goes to `roles`. Particles ("Ursula von der
    Leyen") and lowercase articles ("al-Baghdadi", "d'Estaing") stay."""
    lower = [
        i
        for i, w in enumerate(words[:-1])
        if i > 0 and w[:1].islower() and w not in _PARTICLES and not _LOWERCASE_ARTICLE.match(w)
    ]
    rest = words[lower[-1] + 1 :] if lower else []
    # A description's last word is a noun ("leader"), not a joiner of a body's name ("Party of China").
    if lower and words[lower[-1]] not in _JOINER_WORDS and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        roles.append(" ".join(words[: lower[-1] + 1]))
        return words[lower[-1] + 1 :]
    return words


def _title_opens_name(name: str, title: str) -> bool:
    """A title word opening the name of a body, place or event, which its head noun says ("Premier
    League", "Queen Elizabeth Hall"): the title is part of the name. Honorifics never are ("Mr Hall")."""
    return not is_personal_honorific(title) and shape_type(name) is not None


_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "honourable",
    "honorable",
}  # fmt: skip


def is_personal_honorific(role: str | None) -> bool:
    """Mr, Mrs, Ms, Miss, Dr, Prof, Sir, Dame, Lord, Lady, Baroness: only people carry these."""
    return bool(role) and role.split()[-1].rstrip(".").casefold() in _HONORIFICS


@functools.lru_cache(maxsize=4096)
def title_gender(role: str | None) -> str | None:
    """'M' or 'F' when the last word of a role is a gendered honorific (Mr, Mrs, Sir, Lady...)."""
    if not role:
        return None
    last = role.split()[-1].rstrip(".").casefold()
    return "M" if last in _MALE else "F" if last in _FEMALE else None


def is_royal(role: str | None) -> bool:
    """A royal title (Prince, Queen, King, Pope...): the name that follows is a given name."""
    return bool(role) and role.split()[-1].rstrip(".").casefold() in _ROYAL


# What stands between the name someone is known by and their real name: "Jay-Z, real name Shawn
# Carter", "The Game, whose real name is Jayceon Taylor", "Snoop Dogg - real name Calvin Broadus".
REAL_NAME_BETWEEN = r"\s*[,(–-]\s*(?:whose\s+)?real\s+name(?:\s+is)?\s+"


def rank_of(role: str | None) -> str | None:
    """'lord', 'lady' or 'cleric' when a role ends with a title of rank (Lord, Baroness, Cardinal...)."""
    return _RANKS.get(role.split()[-1].rstrip(".").casefold()) if role else None


def is_title(text: str) -> bool:
    """The whole text is a title ("Queen", "Prime Minister"): nothing is left of a name."""
    return text.strip() in _TITLE_SET


_TITLE_PHRASE_RE = re.compile(r"^(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\s+of\s+", re.IGNORECASE)


def is_title_phrase(text: str) -> bool:
    """A title with what it is a title of: "Prince of Wales", "Secretary of State"."""
    return bool(_TITLE_PHRASE_RE.match(text.strip()))


# An acronym in the plural is a kind of thing or person, not one of them: "MPs", "MEPs", "NGOs", "CEOs";
# so is one qualified by a name ("Labour MPs", "Lib Dem MEPs", "Western NGOs"): a group, not a member.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


# Words a state's own copy capitalises for its institutions, alone no name of any one body ("the
# Party, State and people of Vietnam", "the Government's proposals"). (Not "Nation" nor "People":
# newspapers are so named, The Nation, The People.)
_A_STATES_OWN_WORDS = frozenset("party state government".split())


def is_not_a_name(text: str) -> bool:
    """Pronouns, lowercase words ("us", "we", "solidarity") and plural acronyms, alone or qualified
    ("MPs", "Labour MPs"), are never entities."""
    t = text.strip()
    # "US" is a country, "Us" and "us" the pronoun.
    if t and _PLURAL_ACRONYM.fullmatch(t.split()[-1]):
        return True
    if re.sub(r"^the\s+", "", t, flags=re.IGNORECASE).casefold() in _A_STATES_OWN_WORDS:
        return True  # "thanked the Party, State and people of Vietnam": whose, the words after say
    return not t or (t.casefold() in PRONOUNS and not t.isupper()) or not any(c.isupper() for c in t)


_TITLE_SET = (
    frozenset(_TITLES) | frozenset(t.casefold() for t in _TITLES) | frozenset(t.lower().capitalize() for t in _TITLES)
)


_BRITISH_OUR = re.compile(r"(?<=\w{2})our$")


def title_before(text: str, char_start: int) -> str | None:
    """The title written immediately before a mention, e.g. 'President' or 'Chinese Premier'."""
    match = _TITLE_BEFORE_RE.search(text[max(0, char_start - 60) : char_start])
    return match.group(0).strip() if match else None


_ROLE_WORDS = {
    "minister", "vice-minister", "president", "vice-president", "co-president", "ambassador", "chairman",
    "chairwoman", "chair", "secretary", "secretary-general", "member", "counsellor", "councillor", "director",
    "director-general", "head", "leader", "spokesperson", "spokesman", "spokeswoman", "envoy", "premier",
    "governor", "mayor", "senator", "deputy", "commander", "chief", "adviser", "advisor", "founder",
    "coordinator", "representative", "consul", "general", "king", "queen", "prime", "foreign", "first",
}  # fmt: skip
_APPOSITIVE = re.compile(r",\s+((?:[^,.;()]|\([^()]*\))+?)(?=,|\.(?:\s|$)|;|$)")


def role_after(text: str, char_end: int) -> str | None:
    """The role an apposition gives a name: "Liu Haixing, Minister of the International Department
    of the CPC Central Committee (IDCPC), met ..." → "Minister of the International Department of
    the CPC Central Committee (IDCPC)". Only phrases that start with a role word count."""
    match = _APPOSITIVE.match(text, char_end)
    if not match:
        return None
    phrase = match.group(1).strip()
    words = [w.casefold().strip("’'") for w in phrase.split()]
    for word in words[:4]:
        if word in _ROLE_WORDS:
            return re.sub(r"^(?:the|a|an)\s+", "", phrase)
        if word not in ("the", "former", "a", "an") and not _is_adjective_of_place(word):
            return None
    return None


def _is_place_adjective(word: str) -> bool:
    from pipeline.lib.nlp.countries import is_place_adjective

    return is_place_adjective(word)


def _is_adjective_of_place(word: str) -> bool:
    from pipeline.lib.nlp.countries import is_demonym

    return is_demonym(word) or word in {"vice", "deputy", "acting", "executive", "senior", "special", "permanent"}


# Last words that make a capitalised name a place, whatever the NER label ("Bolívar Hall").
PLACE_HEADS = frozenset(
    {"hall", "square", "park", "palace", "street", "avenue", "bridge", "airport", "stadium", "port"}
)


def name_tokens(text: str) -> tuple[str, ...]:
    """Comparison tokens: no diacritics, casefolded, hyphens and dots as spaces, and British
    '-our' spelled '-or' (Labour/Labor Party are one party)."""
    folded = strip_accents(text).replace("’", "'").casefold()
    return tuple(_BRITISH_OUR.sub("or", t) for t in re.split(r"[\s\-.]+", folded) if t and t not in {"'"})


def name_key(text: str) -> str:
    return " ".join(name_tokens(text))


# Common Korean family names, as both Koreas romanise them. A name of three short words opening
# with one carries its family name first: "Choe Myong Su" is Choe, "Ri Chol Man" is Ri (not two
# words: "Kim Clijsters", "Kim Howells").
KOREAN_SURNAMES = frozenset(
    """kim ri lee yi pak park choe choi jo cho kang jang chang han ryu hong yun ro rim kwon jong jung hwang
    an ahn sin shin jon jeon paek thae ko ju mun moon nam o""".split()
)


def family_name_first(tokens: tuple[str, ...]) -> bool:
    """A name written family name first: a Chinese name of two or three words, or a Korean name of
    three short ones."""
    if not all(t.isalpha() for t in tokens):
        return False
    if 2 <= len(tokens) <= 3 and tokens[0] in CHINESE_SURNAMES:
        return True
    return (
        len(tokens) == 3
        and tokens[0] in KOREAN_SURNAMES
        and all(len(t) <= 5 for t in tokens[1:])
        and not _given(tokens[1])
    )  # (not "Kim Ann Lowe", a Western name: "Ann" is a given name)


def _given(word: str) -> bool:
    # (imported here: the gender module reads this one's surname list)
    from pipeline.lib.nlp.gender import is_given_name

    return is_given_name(word.capitalize())


@functools.lru_cache(maxsize=65536)  # called for every pair of a mention and a full name in its article
def family_names(tokens: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(primary, secondary) family-name tokens of a full name.

    Primary: the first token of a Chinese name, else the last token. Secondary: every other
    token that is not a particle (the paternal surname of "Laureano Ortega Murillo", the
    "Lula" of "Luiz Inácio Lula da Silva").
    """
    if len(tokens) < 2:
        return frozenset(), frozenset()
    primary = frozenset({tokens[0]} if family_name_first(tokens) else {tokens[-1]})
    secondary = frozenset(t for t in tokens if t not in primary and t not in _PARTICLES)
    return primary, secondary


def is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(token in it for token in short)


def has_diacritics(text: str) -> bool:
    return strip_accents(text) != text
