"""The one place that knows where files live: source checkout or frozen bundle, and per-user folders.

Set AIM_EXPLAINER_HOME to keep settings and logs in one folder of your choice (tests, a USB stick).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from aim_explainer import APP_ID, ORG_NAME

HOME_ENV = "AIM_EXPLAINER_HOME"


def bundle_root() -> Path:
    """The folder that holds `resources/` and `translations/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    # src/aim_explainer/paths.py -> repository root
    return Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return bundle_root() / "translations"


def default_data_file() -> Path:
    return resource("data", "trial-data.csv")


def _user_dir(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:  # "~/aim-data" as a shell leaves it inside quotes: the home folder, not a folder named ~
        return Path(override).expanduser() / kind
    import platformdirs  # small, but only needed once we touch the disk

    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_ID, ORG_NAME))
    return Path(platformdirs.user_log_dir(APP_ID, ORG_NAME))


def settings_file() -> Path:
    return _user_dir("config") / "settings.json"


def log_file() -> Path:
    return _user_dir("logs") / "aim-explainer.log"
