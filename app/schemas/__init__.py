"""Response models: what clients see, kept apart from the table classes."""
