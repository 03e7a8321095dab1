#!/usr/bin/env bash
# Build the image and check it against this machine's PostgreSQL and Redis:
# readiness before and after the entrypoint's migrations, health, a page, a static
# file, an uploaded image through the proxy, a ticket PDF, a Celery worker running
# a task, and graceful stops. Prints the build time and the image size.
#
#     make image-check                  # podman if installed, else docker
#     ENGINE=docker make image-check
#
# Settings (environment): ENGINE, IMAGE, PYTHON_IMAGE (the base image),
# CHECK_POSTGRES (server URL, default postgres://postgres@127.0.0.1:5432),
# CHECK_DATABASE (created, then dropped; default aivp_image_check),
# CHECK_REDIS_URL (default redis://127.0.0.1:6379/11, flushed), CHECK_PORT,
# CHECK_PROXY_PORT, NO_CACHE=1 to build every layer again, KEEP=1 to leave the
# containers and the database in place.
set -euo pipefail
cd "$(dirname "$0")/.."

ENGINE=${ENGINE:-$(command -v podman || command -v docker || true)}
ENGINE=$(basename "${ENGINE:-none}")
IMAGE=${IMAGE:-localhost/aivp:check}
PYTHON_IMAGE=${PYTHON_IMAGE:-python:3.11-slim-bookworm}
PG=${CHECK_POSTGRES:-postgres://postgres@127.0.0.1:5432}
DB=${CHECK_DATABASE:-aivp_image_check}
REDIS_URL=${CHECK_REDIS_URL:-redis://127.0.0.1:6379/11}
PORT=${CHECK_PORT:-18500}
PROXY_PORT=${CHECK_PROXY_PORT:-18480}
RUN=aivp-check
VOLUME=aivp-check-media
SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')
BASE="http://127.0.0.1:$PORT"
FAILED=0
PROXY_PID=

say() { printf '%s\n' "$*"; }
ok() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; FAILED=1; }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi
}
status() { # status URL [curl options]: the HTTP status code
  local url=$1; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" "$url" || true
}
# Pages as the TLS proxy forwards them; the probes need neither header.
page() { curl -s --max-time 60 -H 'Host: localhost' -H 'X-Forwarded-Proto: https' "$@"; }

case $ENGINE in
  podman) BUILD_FORMAT=(--format docker) ;;  # keeps HEALTHCHECK in the image
  docker) BUILD_FORMAT=() ;;
  *) say "No container engine: install podman or docker (or set ENGINE)."; exit 2 ;;
esac
if ! $ENGINE info >/dev/null 2>&1; then
  say "$ENGINE cannot reach a container engine ('$ENGINE info' fails)."
  say "With docker, start the Docker daemon; or install podman, which needs none."
  exit 2
fi
for tool in curl psql redis-cli python3; do
  command -v $tool >/dev/null || { say "$tool is required."; exit 2; }
done

cleanup() {
  set +e
  [ -n "$PROXY_PID" ] && kill "$PROXY_PID" 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then
    say "KEEP=1: containers $RUN-*, volume $VOLUME and database $DB left in place."
    return
  fi
  $ENGINE rm -f $RUN-web $RUN-worker $RUN-beat $RUN-proxy >/dev/null 2>&1
  $ENGINE volume rm -f $VOLUME >/dev/null 2>&1
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  redis-cli -u "$REDIS_URL" flushdb >/dev/null 2>&1
}
trap cleanup EXIT

say "==> Base image $PYTHON_IMAGE"
if ! $ENGINE image inspect "$PYTHON_IMAGE" >/dev/null 2>&1 \
  && ! $ENGINE pull "$PYTHON_IMAGE" >/dev/null 2>&1; then
  say "The base image $PYTHON_IMAGE is not here and cannot be pulled (no registry?)."
  say "Provide it locally, then run this again:"
  say "  - from a machine that has it: '$ENGINE save $PYTHON_IMAGE -o base.tar', here"
  say "    '$ENGINE load -i base.tar';"
  say "  - or build an equivalent (Debian bookworm + CPython >= 3.11.5 in /usr/local)"
  say "    and tag it $PYTHON_IMAGE, or pass its name as PYTHON_IMAGE=..."
  say "    bench/standin_python_slim.sh builds one (docs/deployment.md, \"Without a registry\")."
  exit 2
fi

say "==> Build ($ENGINE)"
start=$(date +%s)
[ "${NO_CACHE:-0}" = 1 ] && BUILD_FORMAT+=(--no-cache)
nice -n 10 $ENGINE build "${BUILD_FORMAT[@]}" --network host \
  --build-arg PYTHON_IMAGE="$PYTHON_IMAGE" -t "$IMAGE" . >/tmp/aivp-image-build.log 2>&1 \
  || { tail -30 /tmp/aivp-image-build.log; say "Build failed (/tmp/aivp-image-build.log)."; exit 1; }
build_seconds=$(( $(date +%s) - start ))
size=$($ENGINE image inspect -f '{{.Size}}' "$IMAGE")
base_size=$($ENGINE image inspect -f '{{.Size}}' "$PYTHON_IMAGE")
if [ "${NO_CACHE:-0}" = 1 ]; then layers="every layer built"; else layers="unchanged layers reused"; fi
say "  build time  ${build_seconds} s ($layers)"
say "  image size  $(( size / 1000000 )) MB, of which the base image $(( base_size / 1000000 )) MB"

say "==> Database $DB and Redis $REDIS_URL"
cleanup >/dev/null 2>&1
psql "$PG/postgres" -qc "CREATE DATABASE $DB" >/dev/null
redis-cli -u "$REDIS_URL" flushdb >/dev/null

ENV=(-e SECRET_KEY="$SECRET_KEY" -e ALLOWED_HOSTS=localhost,127.0.0.1
  -e DATABASE_URL="$PG/$DB" -e REDIS_URL="$REDIS_URL" -e PORT="$PORT")
run() { # run NAME [options] -- [command]
  local name=$1 options=()
  shift
  while [ "$#" -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
  [ "$#" -gt 0 ] && shift
  $ENGINE run -d --name "$RUN-$name" --network host -v $VOLUME:/app/media "${ENV[@]}" \
    "${options[@]}" "$IMAGE" "$@" >/dev/null
}
give_up() { # give_up NAME: the container's last log lines, then stop here
  $ENGINE logs --tail 40 "$RUN-$1" 2>&1
  say "Stopped: $1 did not start."
  exit 1
}
wait_for() { # wait_for URL CODE SECONDS
  local i
  for ((i = 0; i < $3; i++)); do
    [ "$(status "$1")" = "$2" ] && return 0
    sleep 1
  done
  return 1
}
graceful_stop() { # graceful_stop NAME: stop within 30 s; exit code 0, well before it
  local start seconds code
  start=$(date +%s)
  $ENGINE stop -t 30 "$RUN-$1" >/dev/null
  seconds=$(( $(date +%s) - start ))
  code=$($ENGINE inspect -f '{{.State.ExitCode}}' "$RUN-$1")
  if [ "$code" = 0 ] && [ "$seconds" -lt 15 ]; then
    ok "$1 stops on SIGTERM: exit code $code after ${seconds} s (timeout 30 s)"
  else
    fail "$1 stops on SIGTERM: exit code $code after ${seconds} s (timeout 30 s)"
  fi
}

say "==> Not migrated yet (MIGRATE_ON_START=false)"
run web -e MIGRATE_ON_START=false
wait_for "$BASE/healthz/live" 200 90 && ok "/healthz/live 200" || { fail "/healthz/live"; give_up web; }
code=$(status "$BASE/healthz/ready")
[ "$code" = 503 ] && ok "/healthz/ready 503 on an empty database" || fail "/healthz/ready $code, expected 503"
graceful_stop web
$ENGINE rm -f $RUN-web >/dev/null

say "==> Start: the entrypoint migrates, then gunicorn serves"
start=$(date +%s)
run web
if wait_for "$BASE/healthz/ready" 200 300; then
  ok "/healthz/ready 200 after migrations ($(( $(date +%s) - start )) s from start)"
else
  fail "/healthz/ready never 200"; give_up web
fi
check "the container's own health check passes" \
  $ENGINE exec $RUN-web python /app/deploy/healthcheck.py
if [ "$ENGINE" = podman ]; then
  check "podman healthcheck run: healthy" podman healthcheck run $RUN-web
fi
check "/healthz 200 (database, migrations, cache, broker)" \
  test "$(status "$BASE/healthz" -H 'Host: localhost')" = 200
uid=$($ENGINE exec $RUN-web id -u)
pid1=$($ENGINE exec $RUN-web cat /proc/1/cmdline | tr '\0' ' ')
[ "$uid" = 1000 ] && ok "runs as uid 1000" || fail "runs as uid $uid"
[ "$pid1" = "tini -- /app/deploy/entrypoint.sh web " ] && ok "PID 1: $pid1(gunicorn its child)" \
  || fail "PID 1: $pid1"
writable=$($ENGINE exec $RUN-web sh -c \
  'for d in /app /app/config /opt/venv; do touch $d/.w 2>/dev/null && echo $d; done; true')
[ -z "$writable" ] && ok "the code is read-only to the app user" || fail "writable: $writable"

say "==> Demo content (load_demo)"
$ENGINE exec $RUN-web python manage.py load_demo >/dev/null && ok "load_demo" || fail "load_demo"

say "==> Pages, static files, PDF"
html=$(page "$BASE/fr/")
for path in /en/ /es/ /fr/accounts/login/; do
  code=$(status "$BASE$path" -H 'Host: localhost' -H 'X-Forwarded-Proto: https')
  [ "$code" = 200 ] && ok "$path 200" || fail "$path $code"
done
[ "$(status "$BASE/fr/" -H 'Host: localhost' -H 'X-Forwarded-Proto: https')" = 200 ] \
  && ok "/fr/ 200 ($(printf '%s' "$html" | wc -c) bytes)" || fail "/fr/"
code=$(status "$BASE/fr/" -H 'Host: localhost')
[ "$code" = 301 ] && ok "/fr/ over plain HTTP: 301 to HTTPS" || fail "/fr/ over plain HTTP: $code"
css=$(printf '%s' "$html" | grep -o '/static/[^"]*\.css' | head -1)
headers=$(page -D - -o /dev/null "$BASE$css")
if printf '%s' "$headers" | grep -q '^HTTP/1.1 200' \
  && printf '%s' "$headers" | grep -qi '^cache-control: max-age=315360000'; then
  ok "$css 200, cached for 10 years (hashed name)"
else
  fail "static file $css"
fi
image=$(printf '%s' "$html" | grep -o '/media/images/[^" ]*\.\(jpg\|jpeg\|png\|webp\|avif\)' | head -1)
[ -n "$image" ] && ok "the home page shows an uploaded image: $image" || fail "no image on /fr/"
pdf_path=$($ENGINE exec $RUN-web python manage.py shell -c "
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from django.utils import translation
from ticketing.models import Order
order = Order.objects.filter(state=Order.State.PAID).first()
position = order.positions.first()
session = SessionStore()
session[SESSION_KEY] = str(order.buyer.pk)
session[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'
session[HASH_SESSION_KEY] = order.buyer.get_session_auth_hash()
session.create()
with translation.override('fr'):
    url = reverse('ticketing:ticket_download', kwargs={'code': order.code, 'pk': position.pk})
print(session.session_key, url)
" 2>/dev/null | tail -1) || true
read -r session pdf <<<"$pdf_path"
if [ -n "${pdf:-}" ] && page -b "sessionid=$session" -o /tmp/aivp-check-ticket.pdf "$BASE$pdf" \
  && head -c 5 /tmp/aivp-check-ticket.pdf | grep -q '%PDF-'; then
  ok "ticket PDF of the demo's paid order: $pdf ($(wc -c </tmp/aivp-check-ticket.pdf) bytes)"
else
  fail "ticket PDF ${pdf:-(no paid order)}"
fi

bucket=$($ENGINE exec -e AWS_STORAGE_BUCKET_NAME=aivp-media -e AWS_S3_ENDPOINT_URL=https://s3.example.org \
  -e AWS_ACCESS_KEY_ID=check -e AWS_SECRET_ACCESS_KEY=check $RUN-web python -c "
import django; django.setup()
from django.core.files.storage import storages
print(storages['default'].url('original_images/port.jpg'))" 2>&1 | tail -1)
case $bucket in
  https://s3.example.org/aivp-media/original_images/port.jpg)
    ok "media in a bucket: the image's S3 storage gives a stable URL $bucket" ;;
  *) fail "S3 storage: $bucket" ;;
esac

say "==> Proxy (deploy/Caddyfile) in front of gunicorn, serving /media/"
PROXY=(env SITE_ADDRESS=":$PROXY_PORT" UPSTREAM="127.0.0.1:$PORT")
if $ENGINE image inspect caddy:2 >/dev/null 2>&1 || $ENGINE pull caddy:2 >/dev/null 2>&1; then
  $ENGINE run -d --name $RUN-proxy --network host -e SITE_ADDRESS=":$PROXY_PORT" \
    -e UPSTREAM="127.0.0.1:$PORT" -v "$PWD/deploy/Caddyfile:/etc/caddy/Caddyfile:ro" \
    -v $VOLUME:/srv/media:ro caddy:2 >/dev/null
  say "  the caddy:2 image"
elif command -v caddy >/dev/null && [ -r "$($ENGINE volume inspect -f '{{.Mountpoint}}' $VOLUME)" ]; then
  "${PROXY[@]}" MEDIA_DIR="$($ENGINE volume inspect -f '{{.Mountpoint}}' $VOLUME)" \
    caddy run --adapter caddyfile --config deploy/Caddyfile >/tmp/aivp-check-caddy.log 2>&1 &
  PROXY_PID=$!
  say "  caddy:2 cannot be pulled: this machine's caddy ($(caddy version | cut -d' ' -f1)) on the volume"
else
  say "  SKIPPED: no caddy:2 image (no registry?) and no caddy on this machine"
  PROXY_PORT=
fi
if [ -n "$PROXY_PORT" ]; then
  PBASE="http://127.0.0.1:$PROXY_PORT"
  wait_for "$PBASE/healthz/live" 200 30 && ok "/healthz/live through the proxy" || fail "proxy to gunicorn"
  headers=$(curl -s -D - -o /dev/null -H 'Host: localhost' "$PBASE$image")
  if printf '%s' "$headers" | grep -q '^HTTP/1.1 200' \
    && printf '%s' "$headers" | grep -qi '^x-content-type-options: nosniff' \
    && printf '%s' "$headers" | grep -qi '^content-security-policy: .*sandbox' \
    && printf '%s' "$headers" | grep -qi '^content-type: image/'; then
    ok "$image 200 from the proxy: image/*, nosniff, sandboxing CSP"
  else
    fail "uploaded image through the proxy"; printf '%s\n' "$headers"
  fi
  code=$(status "$PBASE/media/documents/anything.pdf")
  [ "$code" = 404 ] && ok "/media/documents/ refused (documents go through Wagtail's view)" \
    || fail "/media/documents/ answered $code"
fi

say "==> Celery worker and beat from the same image"
run worker -- celery -A config worker --loglevel=INFO --concurrency=1
run beat -- celery -A config beat --loglevel=INFO --schedule /tmp/celerybeat-schedule
ready=0
for _ in $(seq 60); do
  $ENGINE logs $RUN-worker 2>&1 | grep -q 'ready\.' && { ready=1; break; }
  sleep 1
done
[ $ready = 1 ] && ok "worker ready" || fail "worker not ready"
$ENGINE exec $RUN-web python manage.py shell -c \
  "from cms.tasks import publish_scheduled_pages; publish_scheduled_pages.delay()" >/dev/null
done_task=0
for _ in $(seq 30); do
  $ENGINE logs $RUN-worker 2>&1 | grep -q 'Task cms.tasks.publish_scheduled_pages\[.*\] succeeded' \
    && { done_task=1; break; }
  sleep 1
done
[ $done_task = 1 ] && ok "the worker ran cms.tasks.publish_scheduled_pages" || fail "task not run"
check "the worker's health check (ping through the broker)" \
  $ENGINE exec $RUN-worker python /app/deploy/healthcheck.py
check "beat's health check" $ENGINE exec $RUN-beat python /app/deploy/healthcheck.py

say "==> Graceful stops"
graceful_stop worker
graceful_stop beat
graceful_stop web

if [ $FAILED = 0 ]; then say "All image checks passed."; else say "Some image checks FAILED."; fi
exit $FAILED
