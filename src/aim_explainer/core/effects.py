"""The sign convention between the data file and the screen.

The data keeps the published form: amoxicillin minus placebo, so a negative number favours amoxicillin
(lower RMDQ means less disability). The screen speaks of "points better with amoxicillin", which negates
the estimate and swaps the bounds: -0.1 (-2.7 to 2.6) becomes 0.1 (-2.6 to 2.7).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Estimate:
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None


def better_with_amoxicillin(published: Estimate) -> Estimate:
    """Amoxicillin-minus-placebo difference -> points better with amoxicillin."""
    low = -published.high if published.high is not None else None
    high = -published.low if published.low is not None else None
    return Estimate(value=-published.value, low=low, high=high)
