"""A PostgreSQL server for the tests: the one ``PLANBOT_TEST_DATABASE_URL`` names, or a throwaway one started here.

:func:`find` returns a :class:`Server`, or the reason none could be had. Without the variable, it starts a
cluster of its own in a temporary folder with the server binaries it finds (``pg_ctl`` on the ``PATH``, else
Debian's ``/usr/lib/postgresql/<version>/bin``), as the ``postgres`` user when run as root (the server refuses
root), listening on a unix socket in that folder only, without fsync (the data is thrown away). Each test gets a
fresh database copied from a migrated template (``CREATE DATABASE ... TEMPLATE``), made ahead and dropped after
it by a thread of the server's, and the cluster is stopped and removed at the end of the session.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote, urlsplit

import psycopg

from domain.storage.postgres import PostgresStore

URL = "PLANBOT_TEST_DATABASE_URL"
"""A server to use instead of starting one: ``postgresql://user:password@host:port/dbname``, with the right to
create databases (the tests create and drop their own, named ``planbot_test_<pid>_<n>``)."""
REQUIRED = "PLANBOT_REQUIRE_POSTGRES"
"""Set to 1 (CI does): a missing server fails the PostgreSQL tests instead of skipping them."""
BACKEND = "PLANBOT_TEST_BACKEND"
"""``postgres``: the chats and the Telegram tests store on PostgreSQL (``sqlite`` by default)."""
AHEAD = 2
"""Databases made ahead of the tests that will use them."""
SERVER_USER = "postgres"
"""The system user a cluster started by root runs as."""
SETTINGS = ("-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200")
"""A throwaway cluster's settings: nothing is worth waiting for the disk."""


class Cluster:
    """A PostgreSQL cluster started for this test session, in a temporary folder, stopped and removed after it."""

    def __init__(self, bindir: Path, folder: Path, user: str | None) -> None:
        self.bindir = bindir
        self.folder = folder
        self.user = user
        self.data = folder / "data"
        self.port = _free_port()

    @property
    def url(self) -> str:
        """The URL of its ``postgres`` database, over the unix socket in its folder."""
        return f"postgresql://postgres@/postgres?host={quote(str(self.folder))}&port={self.port}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run([*prefix, *command], cwd=self.folder, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        """Create the cluster and start its server, waiting until it accepts connections."""
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        initdb = (str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust")
        self._run(*initdb, "-E", "UTF8", "--locale=C", "--no-sync")
        options = " ".join(("-k", str(self.folder), "-p", str(self.port), "-c", "listen_addresses=''", *SETTINGS))
        log = str(self.folder / "server.log")
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", log, "-o", options, "-w", "-t", "60", "start"
        )

    def stop(self) -> None:
        """Stop the server at once and remove its folder."""
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


class Server:
    """A PostgreSQL server the tests create their databases in (and the cluster behind it, when started here).

    A thread of its own makes the next databases while the tests run, and drops those they are done with: a
    test waits for neither (a copy of the template takes some 50 ms, about as long as a test on it).
    """

    def __init__(self, url: str, cluster: Cluster | None = None) -> None:
        self.url = url
        self.cluster = cluster
        self.prefix = f"planbot_test_{os.getpid()}"
        self.numbers = itertools.count(1)
        self.template = f"{self.prefix}_template"
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}"', f'CREATE DATABASE "{self.template}"')
        PostgresStore(self.url_of(self.template)).close()  # migrated once; each test's database is a copy
        self._tasks: queue.Queue[str | None] = queue.Queue()
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="planbot-test-databases", daemon=True)
        self._worker.start()
        for _ in range(AHEAD):
            self._tasks.put("")

    def _execute(self, *statements: str) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def _work(self) -> None:
        """Make a copy of the template for each empty task, drop the database each other task names."""
        with psycopg.connect(self.url, autocommit=True) as conn:
            while (task := self._tasks.get()) is not None:
                try:
                    if task:
                        conn.execute(f'DROP DATABASE IF EXISTS "{task}" WITH (FORCE)')
                        continue
                    name = f"{self.prefix}_{next(self.numbers)}"
                    conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
                    self._ready.put(name)
                except psycopg.Error as error:
                    self._ready.put(error)

    def url_of(self, name: str) -> str:
        """The URL of one of the server's databases."""
        return urlsplit(self.url)._replace(path=f"/{name}").geturl()

    def create(self) -> tuple[str, str]:
        """A new database, migrated (a copy of the template): its name and its URL."""
        self._tasks.put("")  # the one after it
        found = self._ready.get(timeout=120)
        if isinstance(found, BaseException):
            raise found
        return found, self.url_of(found)

    def empty(self) -> tuple[str, str]:
        """A new database without any table (to watch migrations run): its name and its URL."""
        name = f"{self.prefix}_empty_{next(self.numbers)}"
        self._execute(f'CREATE DATABASE "{name}"')
        return name, self.url_of(name)

    def drop(self, name: str) -> None:
        """Drop a database made here (soon, in the thread), closing whatever connection a test left open on it."""
        self._tasks.put(name)

    def close(self) -> None:
        """Drop every database made here, and stop the cluster if it was started here."""
        self._tasks.put(None)
        self._worker.join(timeout=120)
        if self.cluster is not None:
            self.cluster.stop()
            return
        while not self._ready.empty():
            left = self._ready.get()
            if isinstance(left, str):
                self._execute(f'DROP DATABASE IF EXISTS "{left}" WITH (FORCE)')
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')


def find() -> Server | str:
    """A server to test on: the variable's, or one started now; otherwise why there is none."""
    url = os.environ.get(URL)
    if url:
        try:
            return Server(url)
        except psycopg.Error as error:
            return f"{URL} names a server that could not be used: {error}"
    bindir = _binaries()
    if bindir is None:
        return (
            f"no PostgreSQL server to start (pg_ctl and initdb are neither on the PATH nor in "
            f"/usr/lib/postgresql/*/bin): install Debian's postgresql package, or set {URL}"
        )
    user = None
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam(SERVER_USER).pw_name
        except KeyError:
            return f"running as root, and there is no {SERVER_USER!r} user to run the server as (it refuses root)"
    cluster = Cluster(bindir, Path(tempfile.mkdtemp(prefix="planbot-pg-")), user)
    try:
        cluster.start()
        return Server(cluster.url, cluster)
    except (subprocess.SubprocessError, OSError, psycopg.Error) as error:
        detail = getattr(error, "stderr", None) or str(error)
        log = cluster.folder / "server.log"
        if log.exists():
            detail += "\n" + log.read_text(errors="replace")[-2000:]
        cluster.stop()
        return f"a PostgreSQL server could not be started with {bindir}: {detail}"


def _binaries() -> Path | None:
    """The folder of ``pg_ctl`` and ``initdb``: the ``PATH``'s, else the newest of Debian's versions."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: [int(n) for n in p.parent.parent.name.split(".") if n.isdigit()],
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    """A port nobody listens on (it only names the server's socket file)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
