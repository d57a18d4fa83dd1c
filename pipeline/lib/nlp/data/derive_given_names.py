"""Write `given_names.csv`: the given names whose gender nomquamgender's data gives with confidence.

    uv run python pipeline/lib/nlp/data/derive_given_names.py

nomquamgender (MIT licence, Van Buskirk, Clauset and Larremore, "An open-source cultural consensus
approach to name-based gender classification", 2023) pools 36 sources of names with the genders of
their bearers, over many countries and languages, into one probability that a name is borne by a
woman, p(gf), with the number of sources and bearers behind it. Its table takes 280 MB and 1.5 s to
load, so the pipeline reads this extract instead: names that at least `MIN_SOURCES` sources and
`MIN_BEARERS` bearers attest, with p(gf) at most `CLEAR` (a man's name) or at least 1 − `CLEAR` (a
woman's). A name borne by both, as in different languages ("Andrea", "Jean", "Kim"), stays out, and
so do family names written first that the data holds as given names ("Park", "Lee", "Nguyen").
nomquamgender's licence travels with the extract (`given_names.LICENSE`).
"""

from __future__ import annotations

import csv
import importlib.resources
import json
import re
from pathlib import Path

MIN_SOURCES = 5
MIN_BEARERS = 50
CLEAR = 0.05
# Words that open a name only as a title or a particle: their gender is the title's, if any.
_NOT_GIVEN_NAMES = frozenset(
    """mr mrs ms miss dr sir lord lady dame king queen prince princess general chief president datuk dato
    haji hajji sheikh sheik emir captain doctor judge justice senator governor mayor minister father
    brother sister saint st al el de del della der di du da la le van von ben bin ibn abu bishop
    chancellor hon honourable imam rabbi pope cardinal colonel reverend rev pastor ayatollah mullah
    marshal commander lieutenant major sergeant""".split()
)
_A_NAME = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'-]+")
OUT = Path(__file__).with_name("given_names.csv")


def main() -> None:
    with importlib.resources.files("nomquamgender").joinpath("name_data.json").open(encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for name, (sources, bearers, p_female, *_) in data.items():
        if sources < MIN_SOURCES or bearers < MIN_BEARERS or name in _NOT_GIVEN_NAMES or not _A_NAME.fullmatch(name):
            continue
        if p_female <= CLEAR or p_female >= 1 - CLEAR:
            rows.append((name, "F" if p_female >= 1 - CLEAR else "M"))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("given_name", "gender"))
        writer.writerows(sorted(rows))
    print(f"{len(rows)} names → {OUT}")


if __name__ == "__main__":
    main()
