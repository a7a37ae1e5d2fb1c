"""Query builders and fetch functions, one module per resource; no HTTP here."""
