"""Nothing lost: kill -9 mid-job and mid-import, two processes on one file, a locked,
read-only or full disk, an integrity check after an unclean exit."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tailor_app import db, importer, instance, job_processor, paths, startup
from tailor_app.errors import DatabaseError, StorageError

POSIX = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

RESUME = ("Kim Park\nkim.park@example.com\n\nExperience\nAccountant, Fabrikam, 2019 - Present\n"
          "- Closed the books monthly in Excel under GAAP\n\nSkills\nExcel, GAAP\n")
POSTING = "Accountant\nRequirements:\n- 3+ years of accounting\n- Excel and GAAP\n"

# The child: `python child.py MODE DB READY [N]`. Each mode stops at a chosen point,
# writes READY, and waits to be killed.
CHILD = '''
import sys, threading, time
from pathlib import Path
from tailor_app import db, importer, job_processor, startup

RESUME = {resume!r}
POSTING = {posting!r}

def hang(ready, text):
    Path(ready).write_text(text, encoding="utf-8")
    while True:
        time.sleep(0.05)

def main(mode, db_path, ready, count=3):
    user = startup.open_app_database(db_path)
    source = Path(ready).with_name("kim.txt")
    source.write_text(RESUME, encoding="utf-8")
    if mode == "copying":  # killed with the copy half-way: temp file written, not renamed
        importer.os.replace = lambda a, b: hang(ready, "copying")
    if mode == "inserting":  # killed after the copy is in place, before its row
        importer.write_transaction = lambda: hang(ready, "inserting")
    if mode in ("copying", "inserting"):
        importer.import_resume(source, user)
        return
    resume = importer.import_resume(source, user)
    ids = [job_processor.process_job(user, resume["id"], POSTING, title=f"Job {{n}}",
                                     process_immediately=False)["id"]
           for n in range(int(count))]
    started = []
    def progress(stage, percent):
        started.append(1)
        if len(started) >= len(ids):
            Path(ready).write_text("\\n".join(ids), encoding="utf-8")
        while True:
            time.sleep(0.05)
    for job_id in ids:
        threading.Thread(target=job_processor.process_pending_job, args=(job_id, progress),
                         daemon=True).start()
    while True:
        time.sleep(0.05)

if __name__ == "__main__":
    main(*sys.argv[1:])
'''


@pytest.fixture
def child_script(tmp_path: Path) -> Path:
    path = tmp_path / "child.py"
    path.write_text(CHILD.format(resume=RESUME, posting=POSTING), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _close() -> Iterator[None]:
    yield
    db.close_db()


def _start(child_script: Path, mode: str, database: Path, ready: Path,
           *extra: str) -> subprocess.Popen[bytes]:
    child = subprocess.Popen([sys.executable, str(child_script), mode, str(database),
                              str(ready), *extra], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=os.environ.copy())
    deadline = time.monotonic() + 90
    while not (ready.exists() and ready.read_text()):
        if child.poll() is not None:
            pytest.fail(child.communicate()[1].decode())
        assert time.monotonic() < deadline, "child never got there"
        time.sleep(0.05)
    return child


def _kill(child: subprocess.Popen[bytes]) -> None:
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _statuses(database: Path) -> dict[str, str]:
    conn = sqlite3.connect(database)
    try:
        return dict(conn.execute("SELECT id, status FROM job").fetchall())
    finally:
        conn.close()


def _age(folder: Path, seconds: float) -> None:
    for path in folder.iterdir():
        stamp = time.time() - seconds
        os.utime(path, (stamp, stamp))


@POSIX
@pytest.mark.allow_log("tailor_app.startup", "did not end normally")
@pytest.mark.allow_log("tailor_app.db", "recovered interrupted jobs")
def test_kill_while_jobs_process_loses_nothing_and_they_finish_on_retry(
        tmp_path: Path, child_script: Path) -> None:
    database, ready = tmp_path / "app.db", tmp_path / "ready"
    child = _start(child_script, "jobs", database, ready, "3")
    ids = ready.read_text().split()
    assert set(_statuses(database).values()) == {"PROCESSING"}
    _kill(child)

    user = startup.open_app_database(database)  # the next start
    assert {_statuses(database)[i] for i in ids} == {"PENDING"}
    assert db.list_job_rows(user_id=user)  # the rows, and the resume, are all there
    done = [job_processor.process_pending_job(i) for i in ids]
    assert [(j["status"], j["attempts"]) for j in done] == [("COMPLETED", 2)] * 3
    assert all("kim.park@example.com" in j["tailored_resume_text"] for j in done)


@POSIX
@pytest.mark.parametrize("mode", ["copying", "inserting"])
@pytest.mark.allow_log("tailor_app.startup", "did not end normally")
@pytest.mark.allow_log("tailor_app.importer", "left by interrupted imports")
def test_kill_during_import_leaves_no_half_resume(tmp_path: Path, child_script: Path,
                                                  mode: str) -> None:
    database, ready = tmp_path / "app.db", tmp_path / "ready"
    _kill(_start(child_script, mode, database, ready))
    folder = paths.resumes_dir()
    left = sorted(p.name for p in folder.iterdir())
    assert any(name.endswith(".importing") for name in left), left  # the intent marker

    user = startup.open_app_database(database)  # the next start cleans up
    assert list(folder.iterdir()) == []
    assert importer.list_resumes(user) == []
    again = importer.import_resume(tmp_path / "kim.txt", user)  # and importing works
    assert again["duplicate"] is False
    assert [p.name for p in folder.iterdir()] == [Path(again["stored_path"]).name]


def test_clean_up_never_touches_copies_it_did_not_start(tmp_path: Path) -> None:
    user = startup.open_app_database(tmp_path / "a.db")
    source = tmp_path / "kim.txt"
    source.write_text(RESUME, encoding="utf-8")
    kept = Path(importer.import_resume(source, user)["stored_path"])
    folder = paths.resumes_dir()
    stranger = folder / "0b5e2b8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b.pdf"  # another db's copy
    stranger.write_bytes(b"%PDF-1.4 someone else's")
    notes = folder / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    _age(folder, 3600)
    db.close_db()
    startup.open_app_database(tmp_path / "b.db")  # another database on the same folder
    assert importer.remove_interrupted_copies(min_age=0) == 0
    assert kept.exists() and stranger.exists() and notes.exists()


@POSIX
@pytest.mark.allow_log("tailor_app.startup", "did not end normally")
@pytest.mark.allow_log("tailor_app.db", "recovered interrupted jobs")
def test_second_instance_leaves_the_first_ones_running_jobs_alone(
        tmp_path: Path, child_script: Path) -> None:
    database, ready = tmp_path / "app.db", tmp_path / "ready"
    child = _start(child_script, "jobs", database, ready, "2")
    try:
        startup.open_app_database(database)  # a second instance starts while the first runs
        assert set(_statuses(database).values()) == {"PROCESSING"}
        db.close_db()
    finally:
        _kill(child)
    startup.open_app_database(database)  # once the first is gone, its jobs come back
    assert set(_statuses(database).values()) == {"PENDING"}


@pytest.mark.allow_log("tailor_app.db", "recovered interrupted jobs")
def test_a_silent_owner_past_its_lease_is_recovered(tmp_path: Path) -> None:
    db.init_db(tmp_path / "app.db")
    user = db.get_or_create_local_user()
    job = job_processor.process_job(user, None, POSTING, process_immediately=False)
    with db.connection_context():
        db.Job.update(status="PROCESSING", attempts=1).where(db.Job.id == job["id"]).execute()
        owner = db.Job.get_by_id(job["id"]).owner
    assert owner == instance.owner_token()  # the claim trigger recorded who runs it
    assert db.recover_interrupted_jobs() == {"requeued": 0, "failed": 0}  # alive: ours
    with db.connection_context():  # an owner on another machine that went quiet
        db.Job.update(owner="elsewhere:1:ab", updated_at="2000-01-01T00:00:00.000000+00:00"
                      ).where(db.Job.id == job["id"]).execute()
    assert db.recover_interrupted_jobs() == {"requeued": 1, "failed": 0}


# Two processes on one file, each creating and running 20 jobs.
HAMMER = '''
import sys
from pathlib import Path
from tailor_app import importer, job_processor, startup
def main(db_path, source, tag):
    user = startup.open_app_database(db_path)
    resume = importer.import_resume(source, user)
    for n in range(20):
        job = job_processor.process_job(user, resume["id"], {posting!r}, title=f"{{tag}}-{{n}}")
        assert job["status"] == "COMPLETED", job["error_message"]
if __name__ == "__main__":
    main(*sys.argv[1:])
'''


def test_two_processes_hammer_one_database_without_lock_errors(tmp_path: Path) -> None:
    database = tmp_path / "shared.db"
    script = tmp_path / "hammer.py"
    script.write_text(HAMMER.format(posting=POSTING), encoding="utf-8")
    source = tmp_path / "kim.txt"
    source.write_text(RESUME, encoding="utf-8")
    started = time.monotonic()
    children = [subprocess.Popen([sys.executable, str(script), str(database), str(source),
                                  tag], stderr=subprocess.PIPE, env=os.environ.copy())
                for tag in ("A", "B")]
    errors = [c.communicate(timeout=300)[1].decode() for c in children]
    assert [c.returncode for c in children] == [0, 0], errors
    assert not any("locked" in e for e in errors)
    db.init_db(database)
    rows = db.list_job_rows()
    assert len(rows) == 40 and {r["status"] for r in rows} == {"COMPLETED"}
    assert {r["attempts"] for r in rows} == {1}
    assert len(importer.list_resumes()) == 1  # one copy: the second import was a repeat
    assert time.monotonic() - started < 300


@pytest.mark.slow
def test_two_command_lines_in_parallel_twenty_jobs_each(tmp_path: Path) -> None:
    database = tmp_path / "cli.db"
    (tmp_path / "kim.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    loop = (f"for i in $(seq 20); do {sys.executable} -m tailor_app --db {database} "
            f"tailor {tmp_path / 'kim.txt'} --job {tmp_path / 'posting.txt'} --json "
            "> /dev/null || exit 1; done")
    children = [subprocess.Popen(["sh", "-c", loop], stderr=subprocess.PIPE,
                                 env=os.environ.copy()) for _ in range(2)]
    errors = [c.communicate(timeout=600)[1].decode() for c in children]
    assert [c.returncode for c in children] == [0, 0], errors
    db.init_db(database)
    assert [r["status"] for r in db.list_job_rows()] == ["COMPLETED"] * 40


# ------------------------------------------------------------ locked, read-only, full


def test_exclusively_locked_file_gives_a_busy_message_and_stays_intact(
        tmp_path: Path) -> None:
    database = tmp_path / "app.db"
    startup.open_app_database(database)
    db.close_db()
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE user SET name = name")
    try:
        with pytest.raises(DatabaseError, match="busy: another program is holding it"):
            db.init_db(database, busy_timeout=0.3)
            db.get_or_create_local_user()
    finally:
        other.execute("ROLLBACK")
        other.close()
    db.close_db()
    db.init_db(database, check=True)  # no damage
    assert db.get_or_create_local_user()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (root only); skips where it can't be mounted."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield mount
    finally:
        db.close_db()
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_gives_a_clear_message_and_keeps_what_was_saved(
        small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(small_disk))
    user = startup.open_app_database(small_disk / "app.db")
    saved: list[str] = []
    with pytest.raises((DatabaseError, StorageError)) as info:
        for n in range(2000):
            saved.append(job_processor.process_job(user, None, POSTING + "x" * 4000 + str(n),
                                                   process_immediately=False)["id"])
    assert "full" in str(info.value) or "space" in str(info.value)
    db.close_db()
    subprocess.run(["mount", "-o", "remount,size=4m", str(small_disk)], check=True)
    db.init_db(small_disk / "app.db", check=True)  # no damage
    assert {r["id"] for r in db.list_job_rows()} >= set(saved)


def test_read_only_disk_gives_a_clear_message(small_disk: Path) -> None:
    database = small_disk / "app.db"
    user = startup.open_app_database(database)
    db.close_db()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(DatabaseError, match="read-only disk"):
        db.init_db(database)
        job_processor.process_job(user, None, POSTING, process_immediately=False)


# ---------------------------------------------------- integrity check and backups


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leave_dead_marker(database: Path) -> None:
    import socket

    folder = paths.private_dir(paths.data_dir() / "running")
    (folder / f"{socket.gethostname()}_{_dead_pid()}_dead").write_text(
        str(database.resolve()), encoding="utf-8")


@pytest.mark.allow_log("tailor_app.startup", "did not end normally")
def test_integrity_is_checked_only_after_an_unclean_exit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "app.db"
    checks: list[int] = []
    real = db.check_integrity
    monkeypatch.setattr(db.connection, "check_integrity", lambda: (checks.append(1), real())[1])
    startup.open_app_database(database)
    db.close_db()
    instance.end_run()  # this "run" ended normally
    startup.open_app_database(database)
    assert checks == []
    db.close_db()
    _leave_dead_marker(database)  # a run that was killed
    startup.open_app_database(database)
    assert checks == [1]


@pytest.mark.allow_log("tailor_app.startup", "did not end normally")
@pytest.mark.allow_log("tailor_app.db", "integrity check failed")
def test_damaged_file_after_a_crash_is_reported_not_used(tmp_path: Path) -> None:
    database = tmp_path / "app.db"
    user = startup.open_app_database(database)
    for n in range(300):
        job_processor.process_job(user, None, f"{POSTING} {n}", process_immediately=False)
    db.close_db()
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(database.read_bytes())
    middle = (len(data) // page // 2) * page
    data[middle + 8: middle + page] = bytes(page - 8)  # zero a b-tree page's cells
    database.write_bytes(bytes(data))
    _leave_dead_marker(database)
    with pytest.raises(DatabaseError, match="damaged"):
        startup.open_app_database(database)


@pytest.mark.allow_log("tailor_app.db", "recovered interrupted jobs")
def test_v2_file_is_backed_up_before_migrating_and_its_running_job_recovered(
        tmp_path: Path) -> None:
    database = tmp_path / "tailor.db"
    db.init_db(database, migrations=db.MIGRATIONS[:2])
    user = db.get_or_create_local_user()
    with db.connection_context():
        stamp = db.now_iso()
        db.database.execute_sql(
            "INSERT INTO job (id, user_id, job_description, status, attempts, progress,"
            " created_at, updated_at) VALUES ('j1', ?, 'posting', 'PROCESSING', 1, 50, ?, ?)",
            (user, stamp, stamp))
    db.close_db()
    startup.open_app_database(database)
    backup = tmp_path / "tailor.db.v2.bak"
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    assert _statuses(database) == {"j1": "PENDING"}  # no owner recorded: recovered
