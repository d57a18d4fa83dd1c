"""The second pass: exact matching of known names and the one rule that merges them with the model's spans."""

from pipeline.lib.nlp.rematch import KnownName, NameMatcher, merge_matches, words_of
from pipeline.lib.nlp.resolve import MentionIn


def span(text: str, part: str, label: str = "ORG") -> MentionIn:
    start = text.index(part)
    return MentionIn(f"a:1:{start}", "a", part, label, None, 1, start, start + len(part))


def new(text):
    return lambda s, e, k: MentionIn(f"a:1:{s}", "a", text[s:e], "ORG", None, 1, s, e, "matcher")


ORG = [
    KnownName(("Northern", "Rail", "Board"), "ORG", "name"),
    KnownName(("Rail", "Board"), "ORG", "name"),
    KnownName(("Harbour", "Trust"), "ORG", "name"),
    KnownName(("Gulls",), "ORG", "alias"),
]


def test_longest_known_name_wins_and_case_matters():
    text = "The Northern Rail Board met the harbour trust and the Rail Board."
    found = [(text[s:e], k.words) for s, e, k in NameMatcher(ORG).find(text)]
    assert found == [("Northern Rail Board", ("Northern", "Rail", "Board")), ("Rail Board", ("Rail", "Board"))]


def test_a_match_glued_to_another_capitalised_word_is_not_taken():
    text = "Fans of Old Gulls cheered, and the Gulls won. Later Gulls fans sang."
    assert [text[s:e] for s, e, _ in NameMatcher(ORG).find(text)] == ["Gulls", "Gulls"]
    assert NameMatcher(ORG).find("The Gulls Supporters Club met.") == []


def test_merge_rule():
    text = "The Northern Rail Board and the Harbour Trust said the Gulls would stay."
    model = [span(text, "Rail Board"), span(text, "Harbour Trust"), span(text, "Trust said the Gulls")]
    matches = NameMatcher(ORG).find(text)
    merged = merge_matches(model[:2], matches, text, new(text))
    # contained model span → replaced, keeping its id; same span → model; no overlap → added
    assert [(m.text, m.source) for m in merged] == [
        ("Northern Rail Board", "matcher"),
        ("Harbour Trust", "model"),
        ("Gulls", "matcher"),
    ]
    assert merged[0].mention_id == model[0].mention_id
    # a model span that crosses or contains a match wins
    crossing = merge_matches([model[2]], matches, text, new(text))
    assert [m.text for m in crossing] == ["Northern Rail Board", "Trust said the Gulls"]


def test_model_spans_inside_one_match_are_absorbed():
    text = "The Northern Rail Board met."
    model = [span(text, "Northern"), span(text, "Rail Board")]
    absorbed = []
    merged = merge_matches(model, NameMatcher(ORG).find(text), text, new(text), absorbed)
    assert [(m.text, m.mention_id) for m in merged] == [("Northern Rail Board", model[0].mention_id)]
    assert absorbed == [(model[1].mention_id, model[0].mention_id)]


def test_words_of():
    assert words_of("Community of Latin American and Caribbean States")[0] == "Community"
    assert words_of("Napster, Musicmatch") is None
