"""AIM explainer: an offline, bilingual explainer of the Norwegian AIM trial.

This module holds metadata only, so that build scripts can import it without Qt or pandas.
"""

__version__ = "0.1.0"
APP_NAME = "AIM explainer"
APP_ID = "aim-explainer"
ORG_NAME = "aim-explainer"
