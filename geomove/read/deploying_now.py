"""A deployment under way, told by the verb's -ing form: "Azerbaijan is deploying troops to Lachin",
"Serbia is redeploying two battalions from Nis to Raska", "forces have been redeploying artillery
from Shusha to Lachin since last week". GUIDELINES: deployment is movement ("started deploying
units to X"); presence of long standing is no movement ("are deployed in X", "have been deployed there
since 2019"), and that is told by the participle, never by "deploying".

why: status read "is deploying" as "is" + a participle of presence, and "have been redeploying
... since last week" as a presence "since", so the move was static (probes of my own, read84)."""

from __future__ import annotations

import re


def deploying_now(main: re.Match) -> bool:
    """Is the trigger ``main`` a verb's -ing form ("deploying", "redeploying", "mooring")?"""
    return main.group(0).lower().endswith("ing")
