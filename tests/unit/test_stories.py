"""Stories core: exact, near (headline, boilerplate, trimmed), embedded sections, same topic apart,
stable ids. Texts are written here or cut from the committed sample; never BBC text."""

import datetime as dt

from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.stories import (
    JACCARD_MIN,
    Copy,
    Unit,
    article_story_ids,
    group_units,
    jaccard,
    normalised,
    shingles,
    story_tables,
    text_key,
)
from tests.conftest import SAMPLE

WIRE = [
    "Chinese premier pledges deeper cooperation with Brazil",
    "BEIJING, Nov. 20 (Xinhua) -- Chinese Premier Li Qiang said on Thursday that China is ready to work "
    "with Brazil to expand cooperation in trade, energy, agriculture and the digital economy.",
    "Meeting with the visiting Brazilian foreign minister in Beijing, Li said the two countries are "
    "comprehensive strategic partners and their relations have grown steadily over five decades.",
    "China welcomes more quality Brazilian products into its market and encourages Chinese firms to "
    "invest in Brazil's infrastructure, ports and railways, he said.",
    "The Brazilian minister said Brazil values its ties with China and hopes to deepen exchanges on "
    "climate change, green transition and reform of global governance institutions.",
    "Both sides agreed to prepare for the next session of their high-level coordination committee "
    "early next year, according to a statement released after the meeting.",
]
# The same topic, told differently: must stay apart.
OTHER = [
    "Brazil and China sign agreements on farm exports",
    "BRASILIA, Nov. 21 (Reuters) - Brazil signed a set of agreements with China on Friday opening the "
    "Chinese market to sorghum, sesame and fish meal, the agriculture ministry said in a statement.",
    "Exporters welcomed the move, saying it could add several hundred million dollars a year in sales, "
    "although analysts warned that freight costs and port congestion remain obstacles.",
    "China is already the largest buyer of Brazilian soybeans and beef, and officials said more "
    "protocols on fruit and coffee were being negotiated for next year.",
]


def text(lines: list[str]) -> str:
    return "\n".join(lines)


def together(grouping, a: str, b: str) -> bool:
    return any({a, b} <= {u.member_key for u in cluster} for cluster in grouping.clusters)


def test_normalised_text_ignores_case_punctuation_and_spacing():
    assert normalised("“China’s  TRADE” — up 5%!") == normalised("china s trade up 5")
    assert len(shingles(normalised(text(WIRE)))) > 100


def test_exact_near_and_trimmed_copies_are_one_story_and_same_topic_stays_apart():
    edited_headline = ["Li Qiang: China ready to widen Brazil ties", *WIRE[1:]]
    boilerplate = [*WIRE, "Copyright 2025 Example Daily. All rights reserved. Follow us for more news."]
    trimmed = WIRE[:3] + WIRE[4:]
    units = [
        Unit("wire", 0, text(WIRE)),
        Unit("exact", 0, text(WIRE).upper().replace(",", " ,")),
        Unit("headline", 0, text(edited_headline)),
        Unit("boilerplate", 0, text(boilerplate)),
        Unit("trimmed", 0, text(trimmed)),
        Unit("other", 0, text(OTHER)),
    ]
    grouping, new = group_units(units)
    for copy in ("exact", "headline", "boilerplate", "trimmed"):
        assert together(grouping, "wire:0", f"{copy}:0"), copy
    assert not together(grouping, "wire:0", "other:0")
    assert jaccard(shingles(normalised(text(WIRE))), shingles(normalised(text(OTHER)))) < JACCARD_MIN
    assert len(new) == 6  # one sketch per distinct text as stored
    exact = {new[text_key(u.text)].content_key for u in units if u.article_id in ("wire", "exact")}
    assert len(exact) == 1  # the exact copy is the same normalised text


def test_a_rerun_signs_nothing_and_groups_the_same():
    units = [Unit("wire", 0, text(WIRE)), Unit("copy", 0, text(WIRE[:-1])), Unit("other", 0, text(OTHER))]
    first, cache = group_units(units)
    second, new = group_units(units, cache)
    assert new == {} and second.sketches_computed == 0
    assert sorted(sorted(u.member_key for u in c) for c in first.clusters) == sorted(
        sorted(u.member_key for u in c) for c in second.clusters
    )


def _embedding_page(stories: list[list[str]]) -> Unit:
    """A page that embeds each story as a section (heading, then a dateline paragraph), as the
    pipeline's splitter finds them."""
    lines = ["Partner stories", "Our partners reported the following this week."]
    for story in stories:
        lines += ["", *story]
    article = parse_document(text(lines)).articles[0]
    assert len(article.sections) == len(stories)
    return article


def _units_of(article_id: str, article) -> list[Unit]:
    units = [
        Unit(article_id, 0, text([article.title, *(p.text for p in article.paragraphs)]), len(article.sections) < 2)
    ]
    for s in article.sections:
        own = [p.text for p in article.paragraphs if p.section_no == s.section_no]
        units.append(Unit(article_id, s.section_no, text([s.title or "", *own])))
    return units


def test_an_embedded_section_is_a_copy_and_a_digest_does_not_join_its_stories():
    digest = _embedding_page([WIRE, OTHER])
    units = [Unit("wire", 0, text(WIRE)), Unit("other", 0, text(OTHER)), *_units_of("digest", digest)]
    grouping, _ = group_units(units)
    assert together(grouping, "wire:0", "digest:1")
    assert together(grouping, "other:0", "digest:2")
    assert not together(grouping, "wire:0", "other:0")
    assert not together(grouping, "digest:0", "wire:0")


def test_a_republished_item_of_the_sample_embedded_in_three_pages_is_one_story():
    """The sample's Xinhua item (article 12, section 1), embedded in two other pages written here."""
    sample = parse_document(SAMPLE.read_text())
    article = next(a for a in sample.articles if any(s.dateline and s.dateline.agency == "Xinhua" for s in a.sections))
    section = next(s for s in article.sections if s.dateline and s.dateline.agency == "Xinhua")
    item = [section.title, *(p.text for p in article.paragraphs if p.section_no == section.section_no)]
    pages = [_embedding_page([item]), _embedding_page([[f"{item[0]} (updated)", *item[1:]]])]
    units = [*_units_of("listing", article), *_units_of("page-a", pages[0]), *_units_of("page-b", pages[1])]
    grouping, _ = group_units(units)
    n = section.section_no
    assert together(grouping, f"listing:{n}", "page-a:1") and together(grouping, f"listing:{n}", "page-b:1")


def _copies(dates: dict[str, dt.date | None]) -> dict[str, Copy]:
    return {key: Copy("doc", day, "Xinhua" if key.startswith("wire") else None) for key, day in dates.items()}


def test_the_earliest_copy_is_the_original_and_ids_stay_when_files_are_added():
    units = [Unit("wire", 0, text(WIRE)), Unit("late", 0, text(WIRE[:-1])), Unit("other", 0, text(OTHER))]
    dates = {"wire:0": dt.date(2025, 11, 20), "late:0": dt.date(2025, 11, 23), "other:0": None}
    titles = {k: k for k in dates}
    grouping, cache = group_units(units)
    stories, copies, registry = story_tables(grouping.clusters, _copies(dates), titles, {})
    assert len(stories) == 2
    wire_story = next(s for s in stories if s.n_copies == 2)
    assert (wire_story.first_article_id, wire_story.first_seen, wire_story.outlets) == (
        "wire",
        dt.date(2025, 11, 20),
        "Xinhua",
    )
    assert [c.article_id for c in copies if c.is_original and c.story_id == wire_story.story_id] == ["wire"]
    ids = article_story_ids(copies)

    # Later a file arrives with an even earlier copy: the original moves, the ids do not.
    units.append(Unit("earlier", 0, text(["Premier Li: ready for Brazil cooperation", *WIRE[1:]])))
    dates["earlier:0"] = dt.date(2025, 11, 19)
    titles["earlier:0"] = "earlier"
    grouping, new = group_units(units, cache)
    assert len(new) == 1
    stories, copies, _ = story_tables(grouping.clusters, _copies(dates), titles, registry)
    again = article_story_ids(copies)
    assert {k: again[k] for k in ids} == ids
    assert again["earlier"] == ids["wire"]
    assert next(s for s in stories if s.story_id == ids["wire"]).first_article_id == "earlier"


def test_ids_do_not_depend_on_order_or_a_rerun_from_scratch():
    units = [Unit("wire", 0, text(WIRE)), Unit("late", 0, text(WIRE[:-1])), Unit("other", 0, text(OTHER))]
    dates = {"wire:0": dt.date(2025, 11, 20), "late:0": dt.date(2025, 11, 23), "other:0": None}
    runs = []
    for order in (units, units[::-1]):
        grouping, _ = group_units(order)
        _, copies, _ = story_tables(grouping.clusters, _copies(dates), {k: k for k in dates}, {})
        runs.append(article_story_ids(copies))
    assert runs[0] == runs[1]


def test_a_section_is_dated_by_its_own_dateline_then_the_article_then_the_document():
    from pipeline.lib.text.stories import copy_seen_date

    reference = dt.date(2025, 11, 28)
    assert copy_seen_date("July 5", dt.date(2025, 7, 4), reference) == dt.date(2025, 7, 5)
    assert copy_seen_date(None, dt.date(2025, 7, 4), reference) == dt.date(2025, 7, 4)
    assert copy_seen_date(None, None, reference) == reference


def test_at_one_date_the_copy_in_the_earlier_document_is_the_original():
    units = [Unit("listing", 1, text(WIRE)), Unit("wire", 0, text(WIRE[:-1]))]
    day = dt.date(2025, 7, 5)
    copies = {
        "listing:1": Copy("listing", day, "Xinhua", dt.date(2025, 11, 28)),
        "wire:0": Copy("wire", day, "Xinhua", dt.date(2025, 11, 1)),
    }
    grouping, _ = group_units(units)
    stories, _, _ = story_tables(grouping.clusters, copies, {k: k for k in copies}, {})
    assert [s.first_article_id for s in stories] == ["wire"]
