"""`python -m aim_explainer` starts the application."""

import sys

from aim_explainer.app import main

sys.exit(main())
