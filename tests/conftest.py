"""Shared fixtures: real databases.

`postgres_server` starts a throwaway PostgreSQL cluster once per test session (the Debian `postgresql`
package's binaries; CI installs it with apt). `postgres_url` is one database on it for the session,
`fresh_postgres_url` an empty database per test. There is no skip when PostgreSQL is missing: the tests
must really run, so the fixture fails with a message saying what to install.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "aria"


@dataclass(frozen=True)
class PostgresServer:
    bin_dir: Path
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        subprocess.run([str(self.bin_dir / "createdb"), "-h", self.host, "-p", str(self.port), "-U", self.user,
                        name], check=True, capture_output=True, timeout=60)
        return self.url(name)


def _pg_bin_dir() -> Path:
    override = os.environ.get("ARIA_PG_BIN")
    candidates = [Path(override)] if override else []

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", path.parent.name))

    candidates += sorted((p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")),
                         key=version, reverse=True)
    for bin_dir in candidates:
        if (bin_dir / "initdb").exists() and (bin_dir / "pg_ctl").exists():
            return bin_dir
    pytest.fail("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (or $ARIA_PG_BIN). "
                "Install the Debian package: apt-get install postgresql  (./dev setup does it).",
                pytrace=False)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test's files (a default SQLite database, the Alexa outbox, secrets) in a directory of its own,
    never in the home directory of whoever runs the suite; tests that care set ARIA_DATA_DIR themselves."""
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path_factory.mktemp("aria-data")))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _pg_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="aria-pg-"))
    data, sockets, logfile = root / "data", root / "sock", root / "server.log"
    sockets.mkdir()
    # initdb refuses to run as root: run the server as the `postgres` user the Debian package creates.
    as_server_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.fail("running as root needs `runuser` to start PostgreSQL as the postgres user", pytrace=False)
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(sockets, "postgres", "postgres")
        as_server_user = ["runuser", "-u", "postgres", "--"]

    def server_cmd(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*as_server_user, *args], cwd=root, capture_output=True, text=True, timeout=120)

    port = _free_port()
    try:
        init = server_cmd(str(bin_dir / "initdb"), "-D", str(data), "-U", PG_USER, "--auth=trust", "-E", "UTF8",
                          "--locale=C", "--no-sync")
        if init.returncode != 0:
            pytest.fail(f"initdb failed:\n{init.stdout}\n{init.stderr}", pytrace=False)
        options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        start = server_cmd(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(logfile), "-w", "-t", "60",
                           "-o", options, "start")
        if start.returncode != 0:
            log = logfile.read_text(errors="replace") if logfile.exists() else ""
            pytest.fail(f"PostgreSQL did not start:\n{start.stdout}\n{start.stderr}\n{log}", pytrace=False)
        yield PostgresServer(bin_dir=bin_dir, host="127.0.0.1", port=port, user=PG_USER)
    finally:
        if (data / "postmaster.pid").exists():  # a throwaway cluster: no shutdown checkpoint needed
            server_cmd(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """One PostgreSQL database for the whole session (tests sharing it should use their own user ids)."""
    return postgres_server.create_database("aria_test")


_database_numbers = itertools.count(1)


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> str:
    """An empty PostgreSQL database of its own for one test."""
    return postgres_server.create_database(f"aria_test_{os.getpid()}_{next(_database_numbers)}")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file of its own for one test (not created yet)."""
    return f"sqlite:///{tmp_path / 'aria.db'}"
