"""Budget performance API: a read-only REST API over UN peacekeeping budget performance reports."""
