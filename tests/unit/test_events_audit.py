"""The precision audit's scoring: judged rows by their verdict, a fixed or renamed row by its judgement,
anything else apart, never as right."""

from benchmarks.events_audit import audit_rows, score, with_copies_in_dev


def judged(a, b, verdict, split="held", fix=None, kind="CRITICIZE"):
    return {"doc": "politics/001.txt", "paragraph": 2, "type": kind, "a": a, "b": b, "split": split,
            "verdict": verdict, "fix": fix}  # fmt: skip


def row(a, b, kind="CRITICIZE"):
    return {"doc": "politics/001.txt", "paragraph": 2, "type": kind, "a": a, "b": b}


def test_a_row_is_scored_by_its_judgement_its_fix_or_its_renamed_judgement():
    audit = [
        judged("Tom Hale", "Norvik", "right"),
        judged("Tory Ann Lowe", "Norvik", "right"),
        judged("Baltica", None, "wrong", fix="a=Ann Ward"),
        judged("Baltica", "Norvik", "wrong"),
    ]
    rows = [row("Tom Hale", "Norvik"), row("Ann Lowe", "Norvik"), row("Ann Ward", None), row("Eva Lund", None)]
    held = score(rows, audit)["held"]["CRITICIZE"]
    assert (held["right"], held["wrong"], held["unjudged"]) == (3, 0, 1)
    assert held["gone wrong"] == 2  # the two wrong rows are no longer written


def test_a_visit_that_now_names_the_host_of_its_city_keeps_its_judgement():
    audit = [judged("Tom Hale", None, "right", kind="VISIT"), judged("Tate", None, "wrong", kind="VISIT")]
    rows = [{**row("Tom Hale", "China", kind="VISIT"), "place": "Beijing"},
            {**row("Tate", "United Kingdom", kind="VISIT"), "place": "London"},
            {**row("Ann Lowe", "Peru", kind="VISIT"), "place": "Lima"}]  # fmt: skip
    held = score(rows, audit)["held"]["VISIT"]
    assert (held["right"], held["wrong"], held["unjudged"]) == (1, 1, 1)


def test_the_audit_file_has_one_judgement_per_row_and_a_split_per_file():
    rows = audit_rows()
    keys = [(r["doc"], r["paragraph"], r["type"], r["a"], r["b"]) for r in rows]
    assert len(keys) == len(set(keys)) == 278
    assert {r["verdict"] for r in rows} <= {"right", "wrong", "borderline"}
    split_of: dict = {}
    assert all(split_of.setdefault(r["doc"], r["split"]) == r["split"] for r in rows)
    assert set(split_of.values()) == {"dev", "held"}


def test_a_held_file_that_copies_a_dev_file_counts_in_dev():
    rows = [
        {**judged("A", "B", "right", split="dev"), "doc": "sport/001.txt"},
        {**judged("A", "B", "wrong", split="held"), "doc": "sport/002.txt"},
        {**judged("A", "B", "wrong", split="held"), "doc": "sport/003.txt"},
    ]
    moved = with_copies_in_dev(rows, [("sport/001.txt", "sport/002.txt"), ("sport/003.txt", "sport/004.txt")])
    assert [r["split"] for r in moved] == ["dev", "dev", "held"]
    # the file's six such copies are in dev
    assert sum(1 for r in audit_rows() if r.get("held_copy")) >= 6
