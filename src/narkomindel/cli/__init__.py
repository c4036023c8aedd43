"""Command-line interface (the top of the pipeline; nothing imports it)."""
