"""HTTP layer: routers, dependencies and response rendering."""
