"""PyInstaller run-time hook: portable use from a USB stick.

When a folder named `user-data` sits beside the executable (the portable zip ships one), settings and logs
go there instead of the user's profile, so the clinic PC keeps nothing. AIM_EXPLAINER_HOME, when set, wins.
"""

import os
import sys
from pathlib import Path

_portable = Path(sys.executable).resolve().parent / "user-data"
if _portable.is_dir() and not os.environ.get("AIM_EXPLAINER_HOME"):
    os.environ["AIM_EXPLAINER_HOME"] = str(_portable)
