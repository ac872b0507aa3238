"""The second embedded engine: Neo4j Community, fetched from Maven Central and run by Java.

`neo4j_jars` resolves the pinned jars of ``neo4j/pom.xml`` with Maven into a per-user
cache folder, once. The embedded server process (`govgraph.store.embedded_server`) runs
``neo4j/GovgraphNeo4j.java`` on them with Java's single-file source launcher (no build
step) as its child.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import platformdirs

from govgraph.errors import StoreUnavailableError

__all__ = ["NEO4J_VERSION", "neo4j_jars"]

_SOURCES = Path(__file__).parent / "neo4j"
_POM = _SOURCES / "pom.xml"
_FETCH_TIMEOUT = 1800.0

NEO4J_VERSION = re.search(r"<neo4j.version>([^<]+)<", _POM.read_text()).group(1)  # type: ignore[union-attr]
"""The pinned Neo4j Community version (``neo4j/pom.xml``)."""


def neo4j_jars(cache: Path | None = None) -> Path:
    """The folder of the Neo4j jars, fetched with Maven on first use.

    Parameters
    ----------
    cache
        Where to keep them; default the user's cache folder (``~/.cache/govgraph``).

    Raises
    ------
    StoreUnavailableError
        When Java or Maven is missing or Maven cannot fetch the jars; the message quotes
        Maven's last lines.
    """
    folder = (cache or Path(platformdirs.user_cache_dir("govgraph"))) / f"neo4j-{NEO4J_VERSION}"
    done = folder / "lib" / ".complete"
    if done.exists():
        return done.parent
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            raise StoreUnavailableError(
                f"Für Neo4j fehlt '{tool}' (Java 17 und Maven); `make system` installiert beides."
            )
    partial = folder / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    command = ["mvn", "-q", "-B", "-f", str(_POM), "dependency:copy-dependencies"]
    command += [f"-DoutputDirectory={partial}"]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=_FETCH_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise StoreUnavailableError(
            f"Maven hat die Neo4j-Bibliotheken nicht in {_FETCH_TIMEOUT:.0f} s geladen"
        ) from error
    if result.returncode != 0 or not any(partial.glob("neo4j-*.jar")):
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-15:])
        raise StoreUnavailableError(
            f"Maven konnte Neo4j {NEO4J_VERSION} nicht laden (Exit {result.returncode}):\n{tail}"
        )
    (partial / ".complete").touch()
    shutil.rmtree(done.parent, ignore_errors=True)
    partial.rename(done.parent)
    return done.parent
