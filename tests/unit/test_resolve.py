"""Each normalisation rule of the entity resolver, on small hand-made mention lists."""

from pipeline.lib.resolve import MentionIn, acronym_table, expand_acronyms, resolve

_counter = iter(range(10**6))


def m(article: str, text: str, label: str = "PERSON") -> MentionIn:
    return MentionIn(f"m{next(_counter)}", article, text, label)


def groups(resolution, mentions):
    """Surface text → (canonical name, type, iso3), per mention."""
    entities = {e.entity_id: e for e in resolution.entities}
    by_id = {r.mention_id: entities[r.entity_id] for r in resolution.mentions}
    return [
        (x.text, by_id[x.mention_id].canonical_name, by_id[x.mention_id].type, by_id[x.mention_id].iso3)
        for x in mentions
    ]


def entity_of(resolution, mention):
    return next(r.entity_id for r in resolution.mentions if r.mention_id == mention.mention_id)


def test_maduro_variants_are_one_person_with_a_complete_accented_name():
    mentions = [
        m("a1", "President Maduro"),
        m("a1", "Nicolas Maduro"),
        m("a2", "Nicolás Maduro"),
        m("a2", "Nicolas Maduro Moros"),
        m("a3", "Maduro"),
    ]
    res = resolve(mentions, [])
    assert {entity_of(res, x) for x in mentions} == {res.entities[0].entity_id}
    (entity,) = res.entities
    assert entity.canonical_name == "Nicolás Maduro Moros" and entity.type == "PERSON"
    assert (entity.n_mentions, entity.n_articles) == (5, 3)
    assert next(r for r in res.mentions if r.mention_id == mentions[0].mention_id).role == "President"


def test_acronym_defined_in_text_joins_its_long_form_in_every_article():
    paragraphs = ["The Communist Party of China (CPC) has reiterated its solidarity."]
    mentions = [m("a1", "The Communist Party of China", "ORG"), m("a1", "CPC", "ORG"), m("a2", "CPC", "ORG")]
    res = resolve(mentions, paragraphs)
    assert len({entity_of(res, x) for x in mentions}) == 1
    assert res.entities[0].canonical_name == "Communist Party of China" and res.entities[0].type == "ORG"


def test_both_acronym_orders_and_nested_short_forms():
    table = acronym_table(
        [
            "the Communist Party of China (CPC) said",
            "the International Department of the CPC Central Committee (IDCPC) said",
            "the China-CELAC [Community of Latin American and Caribbean States] Forum",
        ]
    )
    assert table["CELAC"] == "Community of Latin American and Caribbean States"
    assert (
        expand_acronyms("IDCPC", table) == "International Department of the Communist Party of China Central Committee"
    )
    assert expand_acronyms("International Department of the CPC Central Committee", table) == expand_acronyms(
        "IDCPC", table
    )


def test_acronym_tagged_as_person_is_an_organisation():
    res = resolve([m("a1", "PSUV", "PERSON")], ["the United Socialist Party of Venezuela (PSUV) and"])
    assert res.entities[0].type == "ORG"
    assert res.entities[0].canonical_name == "United Socialist Party of Venezuela"


def test_surname_links_within_its_own_article():
    a1 = [m("a1", "Liu Haixing"), m("a1", "Liu")]
    a2 = [m("a2", "Liu Jianchao"), m("a2", "Liu")]
    res = resolve(a1 + a2, [])
    assert [g[1] for g in groups(res, a1 + a2)] == ["Liu Haixing", "Liu Haixing", "Liu Jianchao", "Liu Jianchao"]


def test_ortega_is_daniel_ortega_not_laureano_ortega_murillo():
    mentions = [m("a1", "Daniel Ortega"), m("a1", "Laureano Ortega Murillo"), m("a1", "Ortega")]
    res = resolve(mentions, [])
    assert groups(res, mentions)[2][1] == "Daniel Ortega"


def test_xi_is_xi_jinping_not_chen_xi():
    mentions = [m("a1", "Xi Jinping"), m("a1", "Chen Xi"), m("a1", "Xi")]
    res = resolve(mentions, [])
    assert groups(res, mentions)[2][1] == "Xi Jinping"


def test_ambiguous_surname_is_not_guessed():
    mentions = [m("a1", "Wang Yi"), m("a1", "Wang Huning"), m("a1", "Wang")]
    res = resolve(mentions, [])
    assert groups(res, mentions)[2][1] == "Wang"


def test_diacritic_variants_and_known_short_name_across_articles():
    mentions = [
        m("a1", "Luiz Inacio Lula da Silva"),
        m("a1", "Lula"),  # linked inside a1: "Lula" is a known short name of this person
        m("a2", "Luiz Inácio Lula da Silva"),
        m("a3", "President Lula da Silva"),
        m("a4", "Lula"),  # no full name in a4: joins through the known short name
    ]
    res = resolve(mentions, [])
    assert len({entity_of(res, x) for x in mentions}) == 1
    assert res.entities[0].canonical_name == "Luiz Inácio Lula da Silva"


def test_countries_official_names_and_demonyms_resolve_to_iso3():
    mentions = [
        m("a1", "China", "GPE"),
        m("a1", "Chinese", "NORP"),
        m("a2", "the People’s Republic of China", "GPE"),
        m("a2", "PRC", "ORG"),
        m("a3", "U.S.", "GPE"),
        m("a3", "American", "NORP"),
        m("a3", "Dominica", "GPE"),
        m("a3", "Dominican Republic", "GPE"),
    ]
    res = resolve(mentions, [])
    got = groups(res, mentions)
    assert [g[3] for g in got] == ["CHN", "CHN", "CHN", "CHN", "USA", "USA", "DMA", "DOM"]
    assert {g[2] for g in got} == {"COUNTRY"}
    assert got[2][1] == "China"


def test_person_tagged_as_organisation_is_relabelled():
    mentions = [m("a1", "Xi Jinping", "PERSON"), m("a2", "Xi Jinping", "ORG")]
    res = resolve(mentions, [])
    assert len(res.entities) == 1 and res.entities[0].type == "PERSON"


def test_place_tagged_two_ways_is_one_entity():
    mentions = [m("a1", "RIO DE JANEIRO", "ORG"), m("a2", "Rio de Janeiro", "GPE"), m("a3", "Rio de Janeiro", "GPE")]
    res = resolve(mentions, [])
    assert len(res.entities) == 1 and res.entities[0].type == "PLACE"
    assert res.entities[0].canonical_name == "Rio de Janeiro"


def test_ids_are_stable_and_survive_a_merge():
    first = [m("a1", "Nicolás Maduro"), m("a1", "Gustavo Petro"), m("a1", "China", "GPE")]
    before = resolve(first, [])
    ids_before = {e.canonical_name: e.entity_id for e in before.entities}
    # Same input again: same ids, with or without the registry.
    assert {e.entity_id for e in resolve(first, []).entities} == set(ids_before.values())
    # A new article adds a longer form of Maduro (a merge/rename) and a new person.
    second = first + [m("a2", "Nicolás Maduro Moros"), m("a2", "Luis Arce")]
    after = resolve(second, [], before.registry)
    ids_after = {e.canonical_name: e.entity_id for e in after.entities}
    assert ids_after["Gustavo Petro"] == ids_before["Gustavo Petro"]
    assert ids_after["China"] == ids_before["China"]
    assert ids_after["Nicolás Maduro Moros"] == ids_before["Nicolás Maduro"]  # renamed, same id
    assert ids_after["Luis Arce"] not in ids_before.values()


def test_lowercase_spans_are_not_proper_names():
    res = resolve([m("a1", "solidarity", "ORG")], [])
    assert res.entities[0].type == "OTHER"
