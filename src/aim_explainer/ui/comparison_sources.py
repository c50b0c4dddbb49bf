"""What the comparison table's source box says: the verdict of a row, and what backs a cell, as HTML."""

from __future__ import annotations

import html

from aim_explainer.core.comparison import Cell, ComparisonTable, Explanation, Source, TableRow, Verdict
from aim_explainer.i18n import marked_text, status_text, translate


def verdict_mark(verdict: Verdict) -> str:
    return {
        Verdict.SAME: translate("ComparisonSources", "= Same"),
        Verdict.DIFFERS: translate("ComparisonSources", "\u2260 Differs"),
        Verdict.MINOR: translate("ComparisonSources", "\u2248 Differs, not named as a cause"),
        Verdict.UNCLEAR: translate("ComparisonSources", "? Unclear"),
    }[verdict]


def verdict_meaning(verdict: Verdict) -> str:
    return {
        Verdict.SAME: translate("ComparisonSources", "The trials were alike here."),
        Verdict.DIFFERS: translate("ComparisonSources", "The trials differed here."),
        Verdict.MINOR: translate(
            "ComparisonSources",
            "The trials differed here, but the AIM researchers did not name it as a possible explanation.",
        ),
        Verdict.UNCLEAR: translate(
            "ComparisonSources", "The sources do not let us tell whether the trials differed here."
        ),
    }[verdict]


def source_html(source: Source) -> str:
    what = html.escape(marked_text("Quantity" if source.is_quantity else "Fact", source.description))
    citation = html.escape(source.citation)
    status = html.escape(status_text(source.status))
    if source.is_quantity:
        shown = source.value or translate("ComparisonSources", "not reported")
        link = f'<a href="source:{source.key}">{html.escape(shown)}</a>'
        return f"<li>{link}: {what}. <i>{status}.</i> {citation}</li>"
    return f"<li>{what}. <i>{status}.</i> {citation}</li>"


def feature_html(row: TableRow, explanations: tuple[Explanation, ...]) -> list[str]:
    parts = [f"<p><b>{html.escape(row.label)}</b>: {html.escape(verdict_meaning(row.verdict))}</p>"]
    concerned = [(i, e) for i, e in enumerate(explanations) if row.row_id in e.row_ids]
    if concerned:
        links = ", ".join(f'<a href="explain:{i}">{html.escape(e.heading)}</a>' for i, e in concerned)
        explained = translate("ComparisonSources", "Explained under:")
        parts.append(f"<p>{html.escape(explained)} {links}</p>")
    return parts


def cell_html(model: ComparisonTable, row: TableRow, column: str) -> list[str]:
    cell: Cell = row.cells[column]
    title = f"{model.columns[column]} \u00b7 {row.label}"
    items = "".join(source_html(s) for s in cell.sources)
    sources = translate("ComparisonSources", "Sources:")
    return [f"<p><b>{html.escape(title)}</b></p>", f"<p>{html.escape(sources)}</p><ul>{items}</ul>"]
