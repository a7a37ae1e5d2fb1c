"""Everything that turns a report text into rows: the bundled sources, the parser, the checks, the loader."""
