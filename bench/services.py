"""The servers a benchmark starts on this machine, each stopped whatever happens.

    with scratch_dirs(), throwaway_database("aivp_rush") as database_url, \\
            redis_server() as redis_url:
        with gunicorn(database_url, port, 2, {"REDIS_URL": redis_url}) as server:
            ...

Every server listens on 127.0.0.1 only and runs in a process group of its own,
killed (TERM, then KILL) when its ``with`` block ends, so nothing is left behind.
A throw-away PostgreSQL database is dropped at the end, even on an error. It is
created empty, or as a copy of $BENCH_TEMPLATE_DATABASE when set (a database where
the demo is already loaded, with $MEDIA_ROOT pointing at its images): repeated runs
then skip the migrations.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# The server on which throw-away databases are created (its maintenance database).
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, name: str, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with code {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not listen on port {port} within {timeout:.0f} s")


def stop(process: subprocess.Popen, timeout: float = 20.0) -> None:
    """TERM to the process group, then KILL to whatever is left of it."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=timeout)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # children that outlived the leader
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)


@contextlib.contextmanager
def group(command: list[str], env: dict | None = None, **kwargs) -> Iterator:
    """A process in a new session (its own group), stopped with the block."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, start_new_session=True, **kwargs
    )
    try:
        yield process
    finally:
        stop(process)


# --- Files and the database ---------------------------------------------------------


@contextlib.contextmanager
def scratch_dirs() -> Iterator[Path]:
    """Media, private media and static files in a temporary folder, not the tree."""
    base = Path(tempfile.mkdtemp(prefix="aivp-bench-"))
    ours = []
    for name, folder in (
        ("MEDIA_ROOT", "media"),
        ("STATIC_ROOT", "static"),
        ("PRIVATE_MEDIA_ROOT", "private"),
    ):
        if name not in os.environ:
            os.environ[name] = str(base / folder)
            ours.append(name)
    try:
        yield base
    finally:
        for name in ours:
            os.environ.pop(name, None)
        shutil.rmtree(base, ignore_errors=True)


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(sql)


@contextlib.contextmanager
def throwaway_database(prefix: str) -> Iterator[str]:
    """A new, empty PostgreSQL database; dropped (connections closed) at the end."""
    name = f"{prefix}_{os.getpid()}_{int(time.time())}"
    template = os.environ.get("BENCH_TEMPLATE_DATABASE", "")
    copy = f' TEMPLATE "{template}"' if template else ""
    _admin(f'CREATE DATABASE "{name}"{copy}')
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_versions() -> dict:
    import psycopg

    with psycopg.connect(POSTGRES_URL) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    out = subprocess.run(
        ["redis-server", "--version"], capture_output=True, text=True, check=False
    ).stdout
    redis = next((w[2:] for w in out.split() if w.startswith("v=")), "?")
    return {"postgresql": postgres.split()[0], "redis": redis}


def _exit_on_term(signum, frame):
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def bench_site(prefix: str, news: int = 0, events: int = 0) -> Iterator[tuple]:
    """Scratch folders, a Redis and a throw-away database holding the demo content
    (plus ``news`` articles and ``events`` events), Django set up on them.

    Yields (database URL, Redis URL); everything is removed at the end. Django is
    set up once per process, so a process holds one such site.
    """
    # A TERM (a stopped job) unwinds like Ctrl-C: every server stopped, the
    # database dropped.
    signal.signal(signal.SIGTERM, _exit_on_term)
    with (
        scratch_dirs(),
        redis_server() as redis_url,
        throwaway_database(prefix) as database_url,
    ):
        # This process queues tasks (mails after "mark paid") to the same broker.
        os.environ["REDIS_URL"] = redis_url
        sys.path.insert(0, str(ROOT / "bench"))
        from cms_bench import load_data, setup_django

        setup_django(database_url)
        load_data(news, events)
        yield database_url, redis_url


# --- Servers ------------------------------------------------------------------------


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A Redis of its own on a free port, in memory only."""
    port = free_port()
    command = ["redis-server", "--bind", "127.0.0.1", "--port", str(port)]
    command += ["--save", "", "--appendonly", "no", "--loglevel", "warning"]
    with group(command, stdout=subprocess.DEVNULL) as process:
        wait_for_port(port, process, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"


def site_env(database_url: str, extra: dict | None = None) -> dict:
    """What gunicorn and the Celery worker share: production-like, DEBUG off."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "False",
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        # As the image sets it (Dockerfile): big buffers go back to the system.
        "MALLOC_MMAP_THRESHOLD_": os.environ.get("MALLOC_MMAP_THRESHOLD_", "131072"),
        **(extra or {}),
    }


def collectstatic(env: dict) -> None:
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


@contextlib.contextmanager
def gunicorn(
    database_url: str, port: int, workers: int = 2, extra: dict | None = None
) -> Iterator[subprocess.Popen]:
    """gunicorn (sync workers) on 127.0.0.1:port, answering /healthz."""
    env = site_env(database_url, extra)
    collectstatic(env)
    command = [str(BIN / "gunicorn"), "config.wsgi", f"--bind=127.0.0.1:{port}"]
    command += [f"--workers={workers}", "--log-level=warning"]
    with group(command, env) as server:
        deadline = time.monotonic() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/healthz"
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield server


def purge_tasks() -> int:
    """Discard the tasks waiting in the broker: loading the bench data publishes
    thousands of pages, each queuing the warming of its renditions
    (cms/warming.py), which a worker would otherwise do during the measurement."""
    from config.celery import app

    return app.control.purge() or 0


@contextlib.contextmanager
def celery_worker(
    database_url: str, extra: dict | None = None, concurrency: int = 2
) -> Iterator[subprocess.Popen]:
    """``celery -A config worker`` (prefork, as in production) on the same Redis."""
    env = site_env(database_url, extra)
    # Root is what this machine runs benchmarks as; Celery warns about it.
    env["PYTHONWARNINGS"] = "ignore:You're running the worker with superuser"
    command = [str(BIN / "celery"), "-A", "config", "--quiet", "worker"]
    command += ["--loglevel=WARNING", f"--concurrency={concurrency}"]
    command += ["--without-mingle", "--without-gossip"]
    with group(command, env) as worker:
        deadline = time.monotonic() + 60
        while not children(worker.pid):  # the pool is up: the worker is ready
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the Celery worker did not start")
            time.sleep(0.2)
        yield worker


@contextlib.contextmanager
def stripe_servers() -> Iterator[str]:
    """localstripe, and in front of it a Checkout API (localstripe has none).

    Yields the address to give the site as STRIPE_API_BASE. localstripe is started
    the way the test suite starts it, bound to 127.0.0.1 (its own command listens
    on every interface).
    """
    emulator_port, front_port = free_port(), free_port()
    code = (
        "from aiohttp import web; from localstripe.server import app; "
        f"web.run_app(app, host='127.0.0.1', port={emulator_port}, print=None)"
    )
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    with group([sys.executable, "-c", code], **quiet) as emulator:
        wait_for_port(emulator_port, emulator, "localstripe")
        upstream = f"http://127.0.0.1:{emulator_port}"
        front = [sys.executable, str(ROOT / "bench" / "stripe_front.py")]
        front += ["--port", str(front_port), "--upstream", upstream]
        with group(front, **quiet) as checkout:
            wait_for_port(front_port, checkout, "the Checkout front")
            yield f"http://127.0.0.1:{front_port}"


# --- Memory -------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    """Resident memory of one process, in MB (10^6 bytes)."""
    return psutil.Process(pid).memory_info().rss / 1_000_000


def uss_mb(pid: int) -> float:
    """Memory only this process holds (not the libraries it shares), in MB."""
    return psutil.Process(pid).memory_full_info().uss / 1_000_000


def children(pid: int) -> list[int]:
    """The direct children of a process (gunicorn's workers, Celery's pool)."""
    try:
        return sorted(child.pid for child in psutil.Process(pid).children())
    except psutil.NoSuchProcess:
        return []


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) samples, in MB per minute."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_m = sum(m for _, m in points) / n
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    if not spread:
        return 0.0
    covariance = sum((t - mean_t) * (m - mean_m) for t, m in points)
    return covariance / spread * 60
