"""The ``govgraph`` command: assembles the commands and maps errors to exit codes.

Exit codes: 0 ok, 1 invalid input (or an unreadable import source), 2 store unreachable
(and, by click's convention, a command-line usage error), 3 the store failed an operation.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from govgraph.cli import data
from govgraph.cli.chart import chart
from govgraph.cli.context import CliState, err_console
from govgraph.cli.db import db_app
from govgraph.cli.diagram import diagram
from govgraph.cli.measures import export_measures, import_measures
from govgraph.cli.oparl import import_oparl
from govgraph.cli.reports import report_command
from govgraph.cli.schema import print_schema
from govgraph.cli.serve import serve
from govgraph.errors import (
    ChartError,
    ImportSourceError,
    InputError,
    QuestionError,
    StoreError,
    StoreUnavailableError,
)
from govgraph.reports import REPORTS
from govgraph.store import Engine, StoreSettings

__all__ = ["EXIT_INPUT", "EXIT_STORE_FAILED", "EXIT_UNREACHABLE", "app", "main", "run"]

EXIT_INPUT = 1
EXIT_UNREACHABLE = 2
EXIT_STORE_FAILED = 3

app = typer.Typer(
    help="govgraph: municipal integration governance as a graph.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command()(data.validate)
app.command()(data.load)
app.command("verify-sources")(data.verify_sources)
app.command()(serve)
app.command("schema")(print_schema)
app.command()(diagram)
app.command()(chart)
for report in REPORTS:
    app.command(report.name)(report_command(report))
app.command("import-measures")(import_measures)
app.command("export-measures")(export_measures)
app.command("import-oparl")(import_oparl)
app.add_typer(db_app, name="db")


@app.callback()
def options(
    ctx: typer.Context,
    uri: Annotated[
        str | None,
        typer.Option(envvar="GOVGRAPH_NEO4J_URI", help="Bolt URI; none: embedded store."),
    ] = None,
    user: Annotated[
        str | None, typer.Option(envvar="GOVGRAPH_NEO4J_USER", help="Bolt user.")
    ] = None,
    password: Annotated[
        str | None,
        typer.Option(envvar="GOVGRAPH_NEO4J_PASSWORD", help="Bolt password.", show_default=False),
    ] = None,
    database: Annotated[
        str | None, typer.Option(envvar="GOVGRAPH_NEO4J_DATABASE", help="Database on that server.")
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option(envvar="GOVGRAPH_DATA_DIR", help="Embedded store data directory.")
    ] = None,
    engine: Annotated[
        Engine | None,
        typer.Option(envvar="GOVGRAPH_ENGINE", help="Embedded engine: arcadedb or neo4j."),
    ] = None,
) -> None:
    """Choose the store; every command uses it."""
    given = {
        "neo4j_uri": uri,
        "neo4j_user": user,
        "neo4j_password": password,
        "neo4j_database": database,
        "data_dir": data_dir,
        "engine": engine.value if engine else None,
    }
    settings = StoreSettings.model_validate({k: v for k, v in given.items() if v is not None})
    ctx.obj = CliState(settings)


def main() -> None:
    """Run the CLI and exit with its code."""
    sys.exit(run(sys.argv[1:]))


def run(args: list[str]) -> int:
    """Run the CLI on ``args`` and return the exit code instead of exiting."""
    try:
        app(args=args, prog_name="govgraph")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else EXIT_INPUT if done.code else 0
    except (InputError, QuestionError, ChartError, ImportSourceError) as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        return EXIT_INPUT
    except StoreUnavailableError as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        return EXIT_UNREACHABLE
    except StoreError as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        return EXIT_STORE_FAILED
    return 0
