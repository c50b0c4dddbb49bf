"""build_installer.py's command line: steps by name, and what follows `run` or `test` passed on untouched."""

from __future__ import annotations

import build_installer
import pytest


@pytest.fixture
def called(monkeypatch) -> list[tuple[str, list[str]]]:
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(build_installer, "start", lambda rest: calls.append(("run", rest)))
    monkeypatch.setattr(build_installer, "lint_and_test", lambda rest: calls.append(("test", rest)))
    steps = dict(build_installer.STEPS)
    steps["smoke"] = (steps["smoke"][0], lambda: calls.append(("smoke", [])))
    monkeypatch.setattr(build_installer, "STEPS", steps)
    return calls


def test_options_after_run_and_test_go_to_the_application_and_pytest(called) -> None:
    build_installer.main(["run", "--lang", "en", "--tab", "results"])
    build_installer.main(["test", "-x", "-k", "cli or handout", "tests/ui"])
    build_installer.main(["smoke"])
    assert called == [
        ("run", ["--lang", "en", "--tab", "results"]),
        ("test", ["-x", "-k", "cli or handout", "tests/ui"]),
        ("smoke", []),
    ]


@pytest.mark.parametrize("argv", [[], ["bogus"], ["smoke", "--fast"]])
def test_a_wrong_step_or_option_gets_usage_and_status_2(called, argv, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_installer.main(argv)
    assert stopped.value.code == 2
    assert "usage: build_installer.py" in capsys.readouterr().err
    assert called == []
