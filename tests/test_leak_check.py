"""The check that nothing outlives its test (tests/leak_check.py) fails a test that leaves a window, a timer or a
translator behind, names what was left, and passes a test that tidies up."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

LEAKY_TESTS = """
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QWidget

KEPT = []  # what a careless test keeps: a module-level list outlives every test


def test_leaves_a_window_open(qtbot):
    window = QWidget()
    window.setObjectName("forgotten_window")
    window.show()
    KEPT.append(window)


def test_leaves_a_timer_running(qtbot):
    timer = QTimer()
    timer.start(12345)
    KEPT.append(timer)


def test_leaves_a_translator_installed(qtbot):
    translator = QTranslator()
    QCoreApplication.installTranslator(translator)
    KEPT.append(translator)


def test_closes_what_it_opens(qtbot):
    window = QWidget()
    qtbot.addWidget(window)  # pytest-qt closes it; the check then destroys it
    window.show()
    timer = QTimer(window)
    timer.start(10)


def test_a_failing_test_is_not_blamed_twice(qtbot):
    window = QWidget()
    window.show()
    assert False, "the failure itself"
"""


def test_a_test_that_leaves_things_behind_fails_and_names_them(pytester: pytest.Pytester, monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(TESTS))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    result = pytester.runpytest_subprocess("-p", "leak_check", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, failed=1, errors=3)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leaves_a_window_open*",
            "*top-level widget QWidget name='forgotten_window' visible*",
            "*ERROR at teardown of test_leaves_a_timer_running*",
            "*running QTimer every 12345 ms*",
            "*ERROR at teardown of test_leaves_a_translator_installed*",
            "*installed translator*",
        ]
    )
    errors = [line for line in result.stdout.lines if line.startswith("ERROR ")]
    assert not any("closes_what_it_opens" in line or "is_not_blamed_twice" in line for line in errors)
