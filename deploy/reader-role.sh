#!/bin/sh
# Creates the SELECT-only role the API serves with (deploy/postgresql-reader.sql) and sets its password; run by
# compose's one-shot `reader-role` service after `ingest`, with PGHOST/PGUSER/PGPASSWORD/PGDATABASE of the owner.
set -eu
psql -v ON_ERROR_STOP=1 -f /deploy/postgresql-reader.sql
psql -v ON_ERROR_STOP=1 -v password="$READER_PASSWORD" <<'SQL'
ALTER ROLE budget_reader PASSWORD :'password';
SQL
