"""Handouts on paper, from plain inputs (the study data, the language, the handout's text parts, the
date), never from the application's state: document flow (flow.py), typesetting (typesetting.py), the
QR code (qr.py), the handout's blocks in order (layout.py), pages and their footer on any printer or
PDF (pages.py), and the PDF file (pdf.py)."""

from aim_explainer.printing.inputs import HandoutInputs, handout_inputs
from aim_explainer.printing.pages import HandoutPrintError, Rendered, render
from aim_explainer.printing.pdf import page_layout, write_pdf

__all__ = ["HandoutInputs", "HandoutPrintError", "Rendered", "handout_inputs", "page_layout", "render", "write_pdf"]
