"""The events of an article do not depend on the order Python iterates a set of strings in, which
changes from one process to the next (PYTHONHASHSEED): a warehouse rebuilt from the same raw files
must hold the same rows. Found when one invented set scored one row apart between two runs of the
same code (`event_types._signatories` took "a" member of a set as the side to leave out)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Two firms introduced as companies, then "the company" beside both names: which one it means was
# decided by a set's first element.
SCRIPT = """
from tests.unit.test_event_types import paragraph, events
a = paragraph(1, "The steel company Corvex Steel opened a plant, and the company Norvik Bank lent it money.",
              orgs=["Corvex Steel", "Norvik Bank"])
b = paragraph(2, "Peru, Norvik Bank and the company signed a deal on Monday.", orgs=["Norvik Bank"], countries=["Peru"])
print(events([a, b]))
"""


def _events_under(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_the_events_are_the_same_whatever_the_hash_seed():
    found = {seed: _events_under(seed) for seed in range(5)}
    assert len(set(found.values())) == 1, found
