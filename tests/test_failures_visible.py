"""Failures are visible: the exception hook logs the traceback; a start-up error is reported, not swallowed."""

from __future__ import annotations

import sys

import pytest

from aim_explainer import app, cli, diagnostics, paths


@pytest.fixture
def logging_to_file():
    before = list(diagnostics.log.handlers)
    path = diagnostics.setup_logging()
    yield path
    for handler in diagnostics.log.handlers[len(before) :]:
        handler.close()
        diagnostics.log.removeHandler(handler)


def test_exception_hook_writes_the_traceback_to_the_log(logging_to_file, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    diagnostics.install_excepthook(interactive=False)
    try:
        raise RuntimeError("something broke in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log_text = paths.log_file().read_text(encoding="utf-8")
    assert "something broke in a slot" in log_text
    assert "Traceback" in log_text
    assert "something broke in a slot" in capsys.readouterr().err


def test_a_start_up_error_is_reported_and_exits_1(qapp, logging_to_file, capsys, monkeypatch, tmp_path) -> None:
    missing = tmp_path / "no-such-data.csv"
    monkeypatch.setattr(paths, "default_data_file", lambda: missing)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from aim_explainer.i18n import LanguageManager

    status = app.run(cli.build_parser().parse_args(["--export-text", str(tmp_path / "out")]))
    for manager in qapp.findChildren(LanguageManager):  # run() installed its translators app-wide
        manager.uninstall()
    assert status == 1
    err = capsys.readouterr().err
    assert "could not start" in err
    assert f"{missing}: the file does not exist" in err
    assert f"{missing}: the file does not exist" in paths.log_file().read_text(encoding="utf-8")
    assert not (tmp_path / "out").exists()
