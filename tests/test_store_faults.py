"""Faults: full disk, read-only data directory, locked database, corrupt file, killed/interrupted ingest.

Each must give one clear line on stderr naming the file, a non-zero exit, and lose nothing.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.store import EventQuery, StoreError, open_store
from marsad.store.sqlite import SQLiteStore
from store_helpers import SEED_000, SEEDS, doc, gsr_articles, seed_001_doc, write_jsonl

MARSAD = [sys.executable, "-m", "marsad.cli"]


def _env(home: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "MARSAD_HOME": str(home), **extra}


def _run(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(MARSAD + args, env=_env(home, **extra), capture_output=True, text=True, timeout=120)


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("marsad: ")
    return lines[0]


def _stored(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "republications", "mentions", "events", "body_fingerprints")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def gsr():
    return gsr_articles()


# ---------------------------------------------------------------------- full disk
def test_full_disk_keeps_every_whole_article_and_loses_nothing(tmp_path, gsr):
    store = open_store(tmp_path)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # the "disk" fills up after ~40 pages
    stored = []
    with pytest.raises(StoreError) as err:
        for art in gsr:
            store.ingest(art, doc(art, []))
            stored.append(art)
    msg = str(err.value)
    assert "disk is full" in msg and str(tmp_path / "marsad.db") in msg and "\n" not in msg
    failed = gsr[len(stored)]
    assert 10 < len(stored) < len(gsr)
    assert store.counts()["articles"] + store.counts()["republications"] == len(stored)
    assert store.match(failed) is None  # the article that did not fit left nothing behind
    assert store.integrity_check() == "ok"
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    assert store.ingest(failed, doc(failed, [])).status == "new"
    store.close()


def test_full_disk_during_cli_ingest_is_one_line_and_a_rerun_finishes(tmp_path, gsr, monkeypatch):
    src = write_jsonl(gsr[:300], tmp_path / "in.jsonl")
    home = tmp_path / "home"
    setup = SQLiteStore._setup

    def small_disk(self):
        setup(self)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages + 60}")

    monkeypatch.setattr(SQLiteStore, "_setup", small_disk)
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "--quiet", str(src)], env={"MARSAD_HOME": str(home)})
    assert res.exit_code == 1
    assert "disk is full" in _one_line(res.stderr) and "rerun to continue" in res.stderr
    partial = _stored(home / "marsad.db")
    assert 0 < partial["articles"] < 300
    monkeypatch.setattr(SQLiteStore, "_setup", setup)
    res = runner.invoke(main, ["ingest", "--quiet", str(src)], env={"MARSAD_HOME": str(home)})
    assert res.exit_code == 0, res.stderr
    after = _stored(home / "marsad.db")
    assert after["articles"] + after["republications"] == 300


# ---------------------------------------------------------------------- read-only data directory
def _run_readonly(directory: Path, args: list[str], home: Path) -> subprocess.CompletedProcess:
    """Run marsad with ``directory`` read-only: chmod for ordinary users; root ignores permissions,
    so for root the directory is bind-mounted read-only in a private mount namespace."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        try:
            return _run(args, home)
        finally:
            directory.chmod(0o755)
    script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, str(directory), *MARSAD, *args],
                          env=_env(home), capture_output=True, text=True, timeout=120)


def test_read_only_data_directory_without_database(tmp_path):
    home = tmp_path / "ro"
    home.mkdir()
    res = _run_readonly(home, ["ingest", str(SEED_000)], home)
    assert res.returncode == 1
    line = _one_line(res.stderr)
    assert str(home) in line and "read-only" in line
    assert list(home.iterdir()) == []


def test_read_only_data_directory_with_database_still_answers_queries(tmp_path):
    home = tmp_path / "ro"
    store = open_store(home)
    d = seed_001_doc()
    store.ingest(d.article, d)
    store.close()
    db = home / "marsad.db"
    before = db.read_bytes()
    res = _run_readonly(home, ["ingest", str(SEED_000)], home)
    assert res.returncode == 1
    line = _one_line(res.stderr)
    assert str(db) in line and "read-only" in line
    res = _run_readonly(home, ["events", "--place", "بسيدا"], home)
    assert res.returncode == 0, res.stderr
    assert '"name_ar": "بسيدا"' in res.stdout and len(res.stdout.splitlines()) == 1
    assert db.read_bytes() == before


# ---------------------------------------------------------------------- locked database
HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_locked_database_gives_a_clear_error_after_the_busy_timeout(tmp_path):
    home = tmp_path / "home"
    assert _run(["ingest", "--quiet", str(SEED_000)], home).returncode == 0
    db = home / "marsad.db"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        res = _run(["ingest", str(SEEDS)], home, MARSAD_BUSY_TIMEOUT="0.5")
        waited = time.monotonic() - started
        assert res.returncode == 1
        line = _one_line(res.stderr)
        assert str(db) in line and "locked by another process" in line and "0.5 s" in line
        assert waited < 10
        # readers are not blocked (WAL)
        res = _run(["events"], home, MARSAD_BUSY_TIMEOUT="0.5")
        assert res.returncode == 0, res.stderr
    finally:
        holder.communicate("", timeout=10)
    assert _stored(db)["articles"] == 1  # nothing lost, nothing half-written
    res = _run(["ingest", str(SEEDS)], home)
    assert res.returncode == 0, res.stderr
    assert _stored(db)["articles"] == 2


# ---------------------------------------------------------------------- corrupt database
@pytest.mark.parametrize("garbage, words", [
    (os.urandom(4096), "not a marsad database"),
    (b"SQLite format 3\x00" + bytes(range(256)) * 30, "corrupt"),
])
def test_corrupt_database_is_named_and_never_overwritten(tmp_path, garbage, words):
    home = tmp_path / "home"
    home.mkdir()
    db = home / "marsad.db"
    db.write_bytes(garbage)
    out = tmp_path / "events.csv"
    out.write_text("old export\n")
    for args in (["ingest", str(SEED_000)], ["events"], ["export", "--out", str(out)], ["reprocess"],
                 ["control", "--date", "2020-01-26"]):
        res = _run(args, home)
        assert res.returncode == 1, args
        line = _one_line(res.stderr)
        assert str(db) in line and words in line, line
    assert db.read_bytes() == garbage
    assert sorted(p.name for p in home.iterdir()) == ["marsad.db"]
    assert out.read_text() == "old export\n" and sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "home"]


def test_missing_database_for_queries_is_a_clear_error(tmp_path):
    res = _run(["events"], tmp_path / "nowhere")
    assert res.returncode == 1
    assert "no event store here" in _one_line(res.stderr)


# ---------------------------------------------------------------------- killed / interrupted ingest
def _wait_for_articles(db: Path, proc: subprocess.Popen, at_least: int, limit: float = 60.0) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if db.exists():
            try:
                n = _stored(db)["articles"]
            except sqlite3.Error:
                n = 0
            if n >= at_least:
                return n
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        time.sleep(0.005)
    raise AssertionError("ingest made no progress")


def _per_article(db: Path, ids: set[str]) -> dict[str, tuple[int, int]]:
    """(mentions, events) of each stored article among ``ids``, by input id."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {iid: (m, e) for iid, m, e in conn.execute(
            "SELECT input_id, (SELECT count(*) FROM mentions WHERE article_id = a.id), "
            "(SELECT count(*) FROM events WHERE article_id = a.id) FROM articles a") if iid in ids}
    finally:
        conn.close()


def _check_complete(db: Path, articles, sample_ids: set[str], tmp_path: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        ids = [r[0] for r in conn.execute("SELECT input_id FROM articles UNION ALL SELECT id FROM republications")]
        assert sorted(ids) == sorted(a.id for a in articles)  # each exactly once
        hashes = {r[0] for r in conn.execute("SELECT content_hash FROM articles")}
        assert hashes == {a.content_hash for a in articles}
    finally:
        conn.close()
    # whole articles: the same mentions and events as a clean ingest of the same articles
    sample = [a for a in articles if a.id in sample_ids]
    clean = tmp_path / "clean"
    assert _run(["ingest", "--quiet", str(write_jsonl(sample, tmp_path / "sample.jsonl"))], clean).returncode == 0
    expected = _per_article(clean / "marsad.db", sample_ids)
    assert len(expected) >= len(sample_ids) - 1  # (one GSR text is stored twice under two ids: a link)
    assert _per_article(db, sample_ids) == expected


@pytest.mark.parametrize("sig, code, n", [(signal.SIGKILL, -signal.SIGKILL, None), (signal.SIGINT, 130, 500)])
def test_interrupted_ingest_and_rerun_leave_exactly_one_copy(tmp_path, gsr, sig, code, n):
    """All ~1,900 GSR-built articles, killed (SIGKILL) once 150 are stored, then ingested again;
    Ctrl-C (SIGINT) over the first 500."""
    gsr = gsr[:n]
    src = write_jsonl(gsr, tmp_path / "gsr.jsonl")
    home = tmp_path / "home"
    db = home / "marsad.db"
    proc = subprocess.Popen(MARSAD + ["ingest", "--quiet", str(src)], env=_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_articles(db, proc, at_least=150)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    if sig == signal.SIGINT:
        assert "interrupted" in _one_line(err) and "rerun" in err
    killed_at = _stored(db)
    assert 150 <= killed_at["articles"] < len(gsr)
    conn = sqlite3.connect(db)
    last_ids = {r[0] for r in conn.execute("SELECT input_id FROM articles ORDER BY seq DESC LIMIT 3")}
    conn.close()
    res = _run(["ingest", "--quiet", str(src)], home)
    assert res.returncode == 0, res.stderr
    next_ids = {a.id for a in gsr[killed_at["articles"]:killed_at["articles"] + 3]}
    _check_complete(db, gsr, last_ids | next_ids | {gsr[0].id, gsr[-1].id}, tmp_path)
    complete = _stored(db)
    assert complete["articles"] + complete["republications"] == len(gsr)
    assert _run(["ingest", "--quiet", str(src)], home).returncode == 0  # and once more: nothing changes
    assert _stored(db) == complete


CONCURRENT_WRITER = """
import sys
from marsad.model import Article
from marsad.doc import Doc
from marsad.store import open_store
store = open_store(sys.argv[1])
for i in range(20):
    art = Article(id=f"w{sys.argv[2]}-{i}", text=f"writer {sys.argv[2]} article {i}")
    store.ingest(art, Doc.from_article(art))
print(store.counts()["articles"])
"""


def test_concurrent_writers_on_a_new_store(tmp_path):
    """Four processes create the same new store at once and write to it: no error, nothing lost."""
    # a loaded CI machine may keep a writer waiting longer than the 5 s default: this test is
    # about losing nothing, so the writers wait up to 30 s
    env = {**os.environ, "MARSAD_BUSY_TIMEOUT": "30"}
    procs = [subprocess.Popen([sys.executable, "-c", CONCURRENT_WRITER, str(tmp_path), str(n)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for n in range(4)]
    results = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], results
    assert _stored(tmp_path / "marsad.db")["articles"] == 80


def test_open_retries_a_store_that_answers_locked_at_once(tmp_path, monkeypatch):
    """SQLite answers "locked" without waiting to some lock upgrades: opening tries again until
    the busy timeout, then fails with one clear line."""

    real = SQLiteStore._setup
    calls = {"n": 0}

    def flaky(self):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] <= 2:
            raise sqlite3.OperationalError("database is locked")
        return real(self)

    monkeypatch.setattr(SQLiteStore, "_setup", flaky)
    store = SQLiteStore.open(tmp_path / "a.db", busy_timeout=5)
    assert calls["n"] == 3
    assert store.counts()["articles"] == 0
    store.close()

    def locked(self):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(SQLiteStore, "_setup", locked)
    start = time.monotonic()
    with pytest.raises(StoreError, match="locked by another process"):
        SQLiteStore.open(tmp_path / "b.db", busy_timeout=0.3)
    assert time.monotonic() - start < 2


# ---------------------------------------------------------------------- corrupt gazetteer
def test_corrupt_gazetteer_is_named_once_and_never_replaced_by_the_builtin(tmp_path):
    """A damaged gazetteer file must not quietly fall back to the built-in towns (the user's OCHA
    villages would vanish from every result): one line naming it, exit 1, the file untouched."""
    home = tmp_path / "home"
    home.mkdir()
    gaz = home / "gazetteer.sqlite"
    garbage = os.urandom(4096)
    gaz.write_bytes(garbage)
    for args in (["extract", str(SEEDS)], ["gazetteer", "info"], ["ingest", str(SEED_000)],
                 ["places", str(SEED_000)]):
        res = _run(args, home)
        assert (res.returncode, res.stdout) == (1, ""), args
        line = _one_line(res.stderr)
        assert f"{gaz}: not a gazetteer database" in line, line
    assert gaz.read_bytes() == garbage
