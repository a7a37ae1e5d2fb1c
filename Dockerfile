# The API on SQLite with the bundled report loaded at build time; set DATABASE_URL to use PostgreSQL.
FROM python:3.11-slim

WORKDIR /srv
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////srv/data/budget.sqlite3

COPY pyproject.toml constraints.txt README.md alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY seed ./seed
RUN pip install --no-cache-dir -c constraints.txt .
RUN budget-api ingest

EXPOSE 8000
CMD ["budget-api", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
