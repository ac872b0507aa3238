"""``python -m govgraph``: the CLI."""

from govgraph.cli.app import main

main()
