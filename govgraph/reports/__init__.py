"""Analyst reports: tables built from the analyses, written as CSV, Markdown, XLSX or HTML.

Each report is one module with its `ReportKind` (name, form, build), listed in `REPORTS`;
the CLI command and the page of every report are made from that entry.
"""

from govgraph.reports.kind import ANALYSIS_PATH, CityChoice, ReportKind
from govgraph.reports.page import City, CityForm, known_cities, render_report_page
from govgraph.reports.registry import REPORTS, report_named
from govgraph.reports.report import Report
from govgraph.reports.writer import ReportFormat, report_bytes

__all__ = [
    "ANALYSIS_PATH",
    "REPORTS",
    "City",
    "CityChoice",
    "CityForm",
    "Report",
    "ReportFormat",
    "ReportKind",
    "known_cities",
    "render_report_page",
    "report_bytes",
    "report_named",
]
