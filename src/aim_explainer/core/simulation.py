""" "If the study were run again": repeated trials simulated from AIM's own estimate and interval.

Each simulated trial draws its estimate from a normal distribution centred on an assumed true
difference, with the standard error that AIM's 95 % interval implies, and reports its own 95 %
interval. Seeded, so a presenter gets the same run each time. Standard library only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from statistics import NormalDist

LEVEL = 0.95


def z_for(level: float = LEVEL) -> float:
    """1.96 for a 95 % interval, computed rather than typed."""
    return NormalDist().inv_cdf(0.5 + level / 2)


def standard_error_from_interval(low: float, high: float, level: float = LEVEL) -> float:
    if high <= low:
        raise ValueError(f"an interval needs low < high, got {low} and {high}")
    return (high - low) / (2 * z_for(level))


@dataclass(frozen=True)
class SimulatedTrial:
    number: int  # 1 for the first trial of a run
    estimate: float
    low: float
    high: float

    def reaches(self, threshold: float) -> bool:
        """The interval reaches (touches or crosses) the threshold."""
        return self.high >= threshold

    def includes(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Tally:
    trials: int
    reaching_threshold: int
    including_zero: int
    including_truth: int


def simulate(truth: float, standard_error: float, count: int, seed: int, level: float = LEVEL) -> list[SimulatedTrial]:
    """`count` repeated trials; the same seed always gives the same trials."""
    if standard_error <= 0:
        raise ValueError("the standard error must be positive")
    rng = random.Random(seed)
    half_width = z_for(level) * standard_error
    trials = []
    for number in range(1, count + 1):
        estimate = rng.gauss(truth, standard_error)
        trials.append(SimulatedTrial(number, estimate, estimate - half_width, estimate + half_width))
    return trials


def tally(trials: list[SimulatedTrial], threshold: float, truth: float) -> Tally:
    return Tally(
        trials=len(trials),
        reaching_threshold=sum(t.reaches(threshold) for t in trials),
        including_zero=sum(t.includes(0.0) for t in trials),
        including_truth=sum(t.includes(truth) for t in trials),
    )
