"""Throwaway servers for the fault tests: started in a temp dir, on a free port."""

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, *, up: bool = True, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            listening = True
        except OSError:
            listening = False
        if listening == up:
            return
        time.sleep(0.1)
    raise TimeoutError(f"port {port} still {'closed' if up else 'open'}")


class RedisServer:
    """A redis-server of our own, which the test may stop and start again."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def url(self, db: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None
        wait_for_port(self.port, up=False)


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


class PostgresCluster:
    """A PostgreSQL cluster of our own (initdb in a temp dir), on a free port.

    initdb refuses to run as root: as root, the cluster belongs to the ``postgres``
    system user and its commands run as that user.
    """

    def __init__(self, directory: Path):
        self.directory = directory
        self.data = directory / "data"
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(directory, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, name: str, *args: str) -> None:
        subprocess.run(  # noqa: S603 - our own arguments
            [*self.as_user, _pg_bin(name), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def init_and_start(self) -> None:
        self.run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.pg_ctl("start")

    def pg_ctl(self, action: str, *args: str) -> None:
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self.run(
            "pg_ctl", action, "-D", str(self.data), "-w", "-t", "60",
            "-l", str(self.directory / "log"), "-o", options, *args,
        )  # fmt: skip

    def create_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture
def postgres_cluster():
    if _pg_bin("initdb") is None:
        pytest.skip("initdb is not installed (PostgreSQL server binaries)")
    if os.geteuid() == 0 and (shutil.which("runuser") is None or not _has_postgres()):
        pytest.skip("running as root without a postgres system user for initdb")
    directory = Path(tempfile.mkdtemp(prefix="aivp-pg-"))
    cluster = PostgresCluster(directory)
    try:
        cluster.init_and_start()
        yield cluster
    finally:
        if (cluster.data / "postmaster.pid").exists():
            cluster.pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(directory, ignore_errors=True)


def _has_postgres() -> bool:
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


def manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    """Run manage.py in a subprocess with the environment given."""
    return subprocess.run(  # noqa: S603 - our own arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        text=True,
    )
