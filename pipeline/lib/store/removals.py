"""How many files may leave the warehouse in one go without a person confirming it.

Like rsync's `--max-delete`: an unmounted share, a bucket that is not there yet or a typo in a
path look, from the pipeline's side, exactly like "every file was deleted". Removing a document
deletes its rows from every table and the next publish replaces the analysts' snapshot, so a
removal larger than the limit is refused until someone confirms it (`pipeline run
--allow-removals`). A mount that comes back an hour later then finds the warehouse as it was.

The limit (PIPELINE_MAX_REMOVALS) is a share of the known files, a number of files, or both
(`20%,50`, the default: the smaller of the two). A share never rounds below one file, so deleting
one file of a small corpus is ordinary work; removing *every* known file always needs confirming.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

DEFAULT_MAX_REMOVALS = "20%,50"
_PART = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$")


@dataclass(frozen=True)
class RemovalLimit:
    share: float | None  # of the known files, 0..1
    files: int | None
    text: str  # as configured, for messages

    @classmethod
    def parse(cls, text: str) -> RemovalLimit:
        """`20%`, `50`, or `20%,50`; raises ValueError with what is accepted."""
        share = files = None
        parts = [part for part in text.split(",") if part.strip()]
        for part in parts:
            match = _PART.match(part)
            if not match:
                raise ValueError(f"{part.strip()!r} is neither a percentage (20%) nor a number of files (50)")
            number, percent = float(match.group(1)), match.group(2)
            if percent:
                if share is not None or number > 100:
                    raise ValueError("give one percentage between 0% and 100%")
                share = number / 100
            else:
                if files is not None or not number.is_integer():
                    raise ValueError("give one whole number of files")
                files = int(number)
        if not parts:
            raise ValueError("empty")
        return cls(share, files, text.strip())

    def allowed(self, n_known: int) -> int:
        """Files that may be removed at once out of `n_known`."""
        bounds = []
        if self.share is not None:
            bounds.append(max(1, math.floor(self.share * n_known)) if self.share > 0 else 0)
        if self.files is not None:
            bounds.append(self.files)
        return min(bounds)


def removal_refusal(n_removed: int, n_known: int, limit: RemovalLimit, raw_dir) -> str | None:
    """Why removing `n_removed` of `n_known` files is refused, or None when it may go ahead."""
    if n_removed == 0:
        return None
    confirm = (
        "nothing was removed or published; if the files were removed on purpose, run `pipeline run --allow-removals`"
    )
    if n_removed >= n_known:
        return f"raw folder {raw_dir} holds none of the {n_known} files the warehouse knows: {confirm}"
    allowed = limit.allowed(n_known)
    if n_removed > allowed:
        return (
            f"raw folder {raw_dir} lost {n_removed} of the {n_known} files the warehouse knows, more than the "
            f"{allowed} that PIPELINE_MAX_REMOVALS={limit.text} allows at once: {confirm}"
        )
    return None
