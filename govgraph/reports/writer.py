"""One writer for every report: CSV for German Excel, Markdown, XLSX or its HTML page."""

from __future__ import annotations

from enum import StrEnum

from govgraph.reports.page import CityForm, render_report_page
from govgraph.reports.report import Report
from govgraph.tables import csv_text, markdown_table, xlsx_bytes

__all__ = ["ReportFormat", "report_bytes"]


class ReportFormat(StrEnum):
    """The formats a report is written in (``table``: the terminal's, drawn by the CLI)."""

    TABLE = "table"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"
    HTML = "html"


def report_bytes(report: Report, fmt: ReportFormat, form: CityForm, *, excel: bool) -> bytes:
    """``report`` as a file of ``fmt`` (not `ReportFormat.TABLE`).

    CSV holds the table alone, with a byte order mark and CRLF when ``excel``; Markdown
    adds the title and the notes; HTML is the page the server shows, with ``form``.

    >>> from govgraph.reports.page import CityForm
    >>> form = CityForm("/analysis/x", "Zeigen", [], [], several=False)
    >>> report_bytes(Report("T", ["A"], [["=1"]]), ReportFormat.CSV, form, excel=False)
    b"A\\n'=1\\n"
    """
    if fmt is ReportFormat.XLSX:
        return xlsx_bytes(report.headers, report.rows, report.sheet)
    if fmt is ReportFormat.CSV:
        return csv_text(report.headers, report.rows, excel=excel).encode("utf-8")
    if fmt is ReportFormat.MD:
        parts = [f"## {report.title}", markdown_table(report.headers, report.rows), *report.notes]
        return ("\n\n".join(parts) + "\n").encode("utf-8")
    if fmt is ReportFormat.HTML:
        return render_report_page(report, form=form).encode("utf-8")
    raise ValueError(f"{fmt} is drawn in the terminal, not written")
