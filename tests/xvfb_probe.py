"""Run by tests/ui/test_scaled_results.py in a real X window (Xvfb): open Results as the application does, and
print, as JSON, where the main chart's plot lies against the part of its pane the reader sees.

Not a test module: it runs in a process of its own, with the scale (QT_SCALE_FACTOR) set before Qt starts.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication

from aim_explainer import app as application
from aim_explainer import cli
from aim_explainer.plots.settle import settle
from aim_explainer.ui.tabs.results_tab import ResultsTab


def main() -> None:
    qapp = QApplication([sys.argv[0]])
    args = cli.parse_args(sys.argv[1:])
    window = application.build_window(qapp, args, False)
    window.state.load_data(None)
    window.show()

    def measure() -> None:
        tab = window.findChild(ResultsTab)
        tab.ensure_charts()
        settle()
        chart = tab.main_chart()
        shot = os.environ.get("AIM_PROBE_SHOT")  # a picture of the real scaled window, to look at
        if shot:
            window.screen().grabWindow(window.winId()).save(shot)
        seen = chart.parentWidget()  # the scroll area's viewport: what shows without scrolling
        plot = QRect(chart.plot.mapTo(seen, QPoint(0, 0)), chart.plot.size())
        shown = plot.intersected(seen.rect())
        sys.stdout.write(
            json.dumps(
                {
                    "window": [window.width(), window.height()],
                    "side_by_side": tab.splitter.orientation().name == "Horizontal",
                    "plot_height": plot.height(),
                    "plot_height_seen": shown.height() if shown.isValid() else 0,
                    "plot_width_seen": shown.width() == plot.width(),
                    "pane_height": seen.height(),
                    # how far the pane scrolls sideways: at 200 % the row of buttons under the chart was wider
                    "sideways": seen.parentWidget().horizontalScrollBar().maximum(),
                    # the words under the rows ("no difference") no wider than the plot, or their letters are cut
                    "words_fit": all(
                        word.boundingRect().width() <= chart.plot.getPlotItem().getViewBox().width()
                        for word in chart.words_below_rows()
                        if word.isVisible()
                    ),
                    "bars": {
                        bar.objectName() or type(bar).__name__: bar.height()
                        for bar in (
                            window.menuBar(),
                            window.toolbar,
                            window.statusBar(),
                            window.tabs.tabBar(),
                            tab.switch,
                        )
                        if bar.isVisible()
                    },
                }
            )
            + "\n"
        )
        qapp.quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(500, measure))
    qapp.exec()
    application.dispose(qapp, window)


if __name__ == "__main__":
    main()
