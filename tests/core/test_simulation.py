"""The repeated-trials simulation: reproducible, and statistically what it claims to be."""

from __future__ import annotations

import math
from statistics import NormalDist, fmean, pstdev

import pytest

from aim_explainer.core.simulation import (
    simulate,
    standard_error_from_interval,
    tally,
    z_for,
)


def test_z_and_standard_error() -> None:
    assert z_for(0.95) == pytest.approx(1.959964, abs=1e-6)
    assert standard_error_from_interval(-2.0, 2.0) == pytest.approx(2.0 / 1.959964, rel=1e-6)
    with pytest.raises(ValueError, match="low < high"):
        standard_error_from_interval(1.0, 1.0)


def test_same_seed_same_run_new_seed_new_run() -> None:
    assert simulate(1.6, 0.8, 50, seed=7) == simulate(1.6, 0.8, 50, seed=7)
    assert simulate(1.6, 0.8, 50, seed=7) != simulate(1.6, 0.8, 50, seed=8)


def test_each_interval_is_the_estimate_plus_minus_z_times_se() -> None:
    for trial in simulate(1.6, 0.8, 20, seed=1):
        assert trial.high - trial.estimate == pytest.approx(z_for() * 0.8)
        assert trial.estimate - trial.low == pytest.approx(z_for() * 0.8)


def test_estimates_follow_the_assumed_distribution() -> None:
    trials = simulate(1.6, 0.8, 20_000, seed=11)
    estimates = [t.estimate for t in trials]
    # the mean is within 4 standard errors of the mean of the truth, the spread within 2 %
    assert fmean(estimates) == pytest.approx(1.6, abs=4 * 0.8 / math.sqrt(len(trials)))
    assert pstdev(estimates) == pytest.approx(0.8, rel=0.02)


def test_coverage_is_near_95_percent() -> None:
    trials = simulate(1.6, 0.79, 20_000, seed=2019)
    result = tally(trials, threshold=4.0, truth=1.6)
    coverage = result.including_truth / result.trials
    # binomial standard error of a 95 % proportion over 20 000 trials is about 0.0015
    assert coverage == pytest.approx(0.95, abs=0.006)


def test_tally_counts_threshold_and_zero_as_theory_predicts() -> None:
    truth, se = 1.6, 0.79
    trials = simulate(truth, se, 20_000, seed=3)
    result = tally(trials, threshold=4.0, truth=truth)
    z = z_for()
    # an interval reaches 4 when estimate + z*se >= 4
    expected_reach = 1 - NormalDist(truth, se).cdf(4.0 - z * se)
    expected_zero = NormalDist(truth, se).cdf(z * se) - NormalDist(truth, se).cdf(-z * se)
    assert result.reaching_threshold / result.trials == pytest.approx(expected_reach, abs=0.015)
    assert result.including_zero / result.trials == pytest.approx(expected_zero, abs=0.015)


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="must be positive"):
        simulate(1.6, 0.0, 10, seed=1)
