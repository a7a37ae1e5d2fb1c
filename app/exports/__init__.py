"""Whole-report downloads: a zip of CSVs with its Frictionless Data Package dictionary, and SQLite files."""
