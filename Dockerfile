# The site's image: gunicorn by default; Celery worker and beat from the same image
# (docs/deployment.md). PYTHON_IMAGE names another base built the same way, e.g. a
# copy in a private registry.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- Build stage: the dependencies, into a virtualenv that the runtime copies --------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
# pg_dump, pg_restore and psql (PostgreSQL 15, as the database) for `manage.py
# backup` and `restore`: the runtime takes the binaries, not the Perl wrappers.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client-15 \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
# Every dependency is published as a wheel for this platform, so no compiler is
# installed; a dependency without one fails the build here rather than compiling.
RUN /opt/venv/bin/pip install --only-binary=:all: -r /tmp/requirements.txt \
    && /opt/venv/bin/python -m pip uninstall --yes --quiet pip setuptools
# What the site never loads: translations of languages it does not serve (and their
# sources), the packages' own test suites, locale data of those languages, the
# descriptions of AWS services other than S3 and the credential services, and the
# debugging symbols of the wheels' compiled libraries (28 MB; what they export stays).
WORKDIR /opt/venv/lib/python3.11/site-packages
RUN apt-get update \
    && apt-get install -y --no-install-recommends binutils \
    && rm -rf /var/lib/apt/lists/* \
    && find . -name '*.po' -delete \
    && find . -type d -path '*/locale/*' -prune \
        ! -name 'fr' ! -name 'fr_*' ! -name 'en' ! -name 'en_*' \
        ! -name 'es' ! -name 'es_*' ! -name '__pycache__' -exec rm -rf {} + \
    && find . -type d -name tests -prune -exec rm -rf {} + \
    && find babel/locale-data -name '*.dat' ! -name 'root.dat' \
        ! -name 'fr*' ! -name 'en*' ! -name 'es*' -delete \
    && find botocore/data -mindepth 1 -maxdepth 1 -type d \
        ! -name s3 ! -name sts ! -name sso ! -name sso-oidc -exec rm -rf {} + \
    && find . -type f -name '*.so*' -exec strip --strip-unneeded {} +

# --- Runtime stage -----------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime
# MALLOC_MMAP_THRESHOLD_: glibc gives every allocation over 128 KiB its own mapping,
# returned to the system when freed. Without it, glibc raises that threshold after
# the first large buffer (an image decoded for a rendition, a PDF) and keeps such
# buffers in a heap that does not shrink: a web worker that made renditions stayed
# 60 MB larger (docs/performance.md, "where a web worker's memory went").
ENV PYTHONDONTWRITEBYTECODE=1 \
    MALLOC_MMAP_THRESHOLD_=131072 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:/usr/lib/postgresql/15/bin:$PATH \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000 \
    MEDIA_ROOT=/app/media \
    PRIVATE_MEDIA_ROOT=/app/private \
    BACKUP_DIR=/app/backups
# WeasyPrint needs Pango; fonts for PDFs; libpq for the PostgreSQL client binaries;
# tini as PID 1. No manual pages or documentation (as in Debian's slim images).
RUN printf '%s\n' 'path-exclude=/usr/share/doc/*' 'path-include=/usr/share/doc/*/copyright' \
        'path-exclude=/usr/share/man/*' 'path-exclude=/usr/share/info/*' \
        'path-exclude=/usr/share/locale/*' > /etc/dpkg/dpkg.cfg.d/aivp-slim \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core libpq5 tini \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \
    && useradd --create-home --uid 1000 aivp
COPY --from=build /usr/lib/postgresql/15/bin /usr/lib/postgresql/15/bin
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# The code belongs to root: the aivp user reads it and cannot change it. It writes
# only to media/ (uploads) and backups/.
COPY . .
# collectstatic needs settings that import; these values exist only during the build.
RUN SECRET_KEY=build-only-not-secret ALLOWED_HOSTS=localhost \
    DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --noinput --verbosity 0 \
    && python -m compileall -q -j 0 /app \
    && mkdir -p /app/media /app/private /app/backups \
    && chown aivp:aivp /app/media /app/private /app/backups
USER aivp
EXPOSE 8000
STOPSIGNAL SIGTERM
# Web: /healthz/ready on $PORT with a host from ALLOWED_HOSTS; worker: a ping;
# beat: running (deploy/healthcheck.py).
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "/app/deploy/healthcheck.py"]
ENTRYPOINT ["tini", "--", "/app/deploy/entrypoint.sh"]
CMD ["web"]
