# The API on SQLite with the bundled reports loaded at build time, served by a non-root user. Set DATABASE_URL to
# serve PostgreSQL instead (deploy/compose.yaml shows replicas behind a proxy).
ARG PYTHON_IMAGE=python:3.11-slim

# Build stage: the dependencies first, from pyproject.toml and the pinned versions alone, so a change to the code
# reuses their layer; then the project itself, without dependencies.
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml constraints.txt README.md LICENSE ./
RUN python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" \
        > requirements.txt \
    && pip install -c constraints.txt -r requirements.txt
COPY alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY seed ./seed
RUN pip install --no-deps .

# Runtime stage: the virtual environment only (the reports ship inside the package), and a user without privileges
# who owns the data directory, so the SQLite file and its WAL companions are theirs to read.
FROM ${PYTHON_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    DATABASE_URL=sqlite:////srv/data/budget.sqlite3
RUN useradd --system --uid 10001 --user-group --home-dir /srv --no-create-home --shell /usr/sbin/nologin api
RUN mkdir -p /srv/data && chown api:api /srv/data
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
USER api
RUN budget-api ingest

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"]
CMD ["budget-api", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
