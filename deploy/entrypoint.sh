#!/bin/sh
# The image's entrypoint (under tini, which forwards signals and reaps children).
#
#   web (the default)  apply migrations, one container at a time (MIGRATE_ON_START,
#                      default true), load the demo content if LOAD_DEMO=true (the
#                      local trial), then run gunicorn
#   anything else      run as given: celery -A config worker, python manage.py ...
#
# `exec` replaces this shell, so SIGTERM reaches gunicorn or Celery directly and
# they stop gracefully.
set -eu

if [ "$#" -eq 0 ] || [ "$1" = "web" ]; then
    if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
        python manage.py migrate_locked --wait "${DATABASE_WAIT:-60}"
    fi
    if [ "${LOAD_DEMO:-false}" = "true" ]; then
        python manage.py load_demo
    fi
    exec gunicorn config.wsgi:application \
        --bind "0.0.0.0:${PORT:-8000}" \
        --workers "${WEB_CONCURRENCY:-3}" \
        --timeout "${GUNICORN_TIMEOUT:-30}" \
        --graceful-timeout "${GRACEFUL_TIMEOUT:-20}" \
        --worker-tmp-dir /dev/shm \
        --access-logfile -
fi

exec "$@"
