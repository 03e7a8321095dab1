"""The container's health check. It finds what the container runs, then:

- web: GET /healthz/ready on this container's gunicorn (`PORT`), sent with a host
  name the settings allow (the first of `ALLOWED_HOSTS`), so the request passes
  Django's host validation as a visitor's does; 200 means the database answers and
  every migration is applied;
- Celery worker: the worker answers a ping through the broker;
- anything else (beat, a one-off command): running is healthy.

Exit status 0 is healthy, 1 unhealthy (what HEALTHCHECK expects).
"""

import os
import socket
import sys
import urllib.request


def command_line() -> list[str]:
    try:
        with open("/proc/1/cmdline", "rb") as f:
            return [arg.decode() for arg in f.read().split(b"\0") if arg]
    except OSError:
        return []


def allowed_host() -> str:
    hosts = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",")]
    host = next((h for h in hosts if h), "localhost")
    if host == "*":
        return "localhost"
    return host.lstrip(".")  # ".aivp.org" allows aivp.org and its subdomains


def web_is_ready() -> bool:
    port = os.environ.get("PORT", "8000")
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/healthz/ready", headers={"Host": allowed_host()}
    )
    try:
        with urllib.request.urlopen(request, timeout=4) as response:  # noqa: S310
            return response.status == 200
    except OSError as exc:
        sys.stderr.write(f"/healthz/ready: {exc}\n")
        return False


def worker_answers() -> bool:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    sys.path.insert(0, "/app")
    from config.celery import app

    name = f"celery@{socket.gethostname()}"
    return bool(app.control.ping(destination=[name], timeout=3))


def main() -> int:
    args = command_line()
    joined = " ".join(args)
    if "celery" in joined:
        healthy = "worker" not in args or worker_answers()
    elif "gunicorn" in joined or joined.endswith(("entrypoint.sh", " web")):
        healthy = web_is_ready()
    else:
        healthy = True
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
