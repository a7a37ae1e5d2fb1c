-- A SELECT-only role for serving the API on PostgreSQL: run it once per database, as the role that migrates
-- and ingests (the tables' owner), after `budget-api migrate`:
--
--   psql "$DATABASE_URL" -f deploy/postgresql-reader.sql
--   psql "$DATABASE_URL" -c "ALTER ROLE budget_reader PASSWORD 'choose-one'"
--
-- then serve with DATABASE_URL=postgresql://budget_reader:choose-one@host/db. The role can read every table,
-- including those later migrations add (default privileges of the migrating role), and nothing else: even
-- `SET TRANSACTION READ WRITE; INSERT ...` fails for lack of privilege. Safe to run again.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'budget_reader') THEN
        CREATE ROLE budget_reader LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO budget_reader', current_database());
    EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM budget_reader', current_database());
END
$$;
ALTER ROLE budget_reader SET default_transaction_read_only = on;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO budget_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO budget_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO budget_reader;
