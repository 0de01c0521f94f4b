"""A throwaway PostgreSQL cluster for the store tests on PostgreSQL.

PostgreSQL refuses to run as root, so as root the cluster is created and run
by the ``postgres`` user (``runuser``) in a folder that user owns; as another
user it runs as that user. Without the server binaries the tests skip and say
how to get them (``make test`` as root installs Debian's postgresql).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def find_pg_bin() -> Path | None:
    """Return the newest /usr/lib/postgresql/<version>/bin with initdb, if any."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as(user: str | None, args: list[str]) -> subprocess.CompletedProcess:
    command = ["runuser", "-u", user, "--", *args] if user else args
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Start a cluster on 127.0.0.1 and a free port; yield a SQLAlchemy URL."""
    pytest.importorskip("psycopg", reason="psycopg missing: pip install -e '.[test]'")
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip(
            "PostgreSQL server binaries not found: run `make test` as root "
            "(it installs Debian's postgresql) or `apt-get install postgresql`"
        )
    is_root = os.geteuid() == 0
    user = "postgres" if is_root else None
    if is_root and shutil.which("runuser") is None:
        pytest.skip("running as root needs runuser to start PostgreSQL as postgres")
    base = Path(tempfile.mkdtemp(prefix="landmine-pg-"))
    data = base / "data"
    if is_root:
        shutil.chown(base, user="postgres")
    port = _free_port()
    init = _run_as(
        user,
        [str(bin_dir / "initdb"), "-D", str(data), "-U", "landmine", "-A", "trust",
         "--no-sync", "-E", "UTF8"],
    )
    if init.returncode != 0:
        pytest.fail(f"initdb failed: {init.stderr}")
    options = f"-h 127.0.0.1 -p {port} -k {base} -c fsync=off -c full_page_writes=off"
    start = _run_as(
        user,
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"),
         "-o", options, "-w", "start"],
    )
    if start.returncode != 0:
        log = (base / "log").read_text() if (base / "log").exists() else ""
        pytest.fail(f"pg_ctl start failed: {start.stderr}\n{log}")
    try:
        created = _run_as(
            user,
            [str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
             "-U", "landmine", "landmine"],
        )
        if created.returncode != 0:
            pytest.fail(f"createdb failed: {created.stderr}")
        yield f"postgresql+psycopg://landmine@127.0.0.1:{port}/landmine"
    finally:
        _run_as(user, [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """Create database ``name`` on the cluster of ``url``; return its URL."""
    import sqlalchemy as sa

    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"
