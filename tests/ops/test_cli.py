"""The `rounds` command, in-process through click's CliRunner and as the installed console
script in real subprocesses, against fresh SQLite and PostgreSQL databases."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select, update

import community.models  # noqa: F401
from community import migrate
from community.boards.models import Post, Topic
from community.cli import _linked, _serve_overrides, main
from community.demo import DEMO_PASSWORD, MEMBERS
from community.models import Base
from community.platform.accounts.models import User
from community.platform.spaces.models import Board
from tests.support.ops import rounds_environment
from tests.support.services import free_port

ROUNDS = shutil.which("rounds", path=str(Path(sys.executable).parent)) or shutil.which("rounds")


# ---------------------------------------------------------------- helpers


@pytest.fixture
def run(tmp_path, fresh_url):
    """run(*args, input=None) -> click Result, in-process with its own ROUNDS_* settings."""
    runner = CliRunner()
    env = rounds_environment(tmp_path / "instance", fresh_url)
    # CliRunner only overrides; blank out any ROUNDS_* the shell running the tests has.
    env.update({k: None for k in os.environ if k.startswith("ROUNDS_") and k not in env})

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), env=env, input=input, catch_exceptions=False)

    invoke.url = fresh_url
    return invoke


@pytest.fixture
def script(tmp_path, fresh_url):
    """script(*args, input=None) -> CompletedProcess of the installed `rounds` script."""
    assert ROUNDS, "the console script `rounds` is not installed (pip install -e .)"
    env = rounds_environment(tmp_path / "instance", fresh_url)

    def call(*args: str, input: str | None = None, timeout: float = 120):
        # A new session has no controlling terminal, so hidden prompts read standard input.
        return subprocess.run([ROUNDS, *args], check=False, env=env, input=input,
                              capture_output=True, text=True, timeout=timeout,
                              start_new_session=True)

    call.url, call.env = fresh_url, env
    return call


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {table.name: connection.scalar(select(func.count()).select_from(table))
                    for table in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def _scalar(url: str, query):
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(query).first()
    finally:
        engine.dispose()


# ---------------------------------------------------------------- db


def test_db_upgrade_current_downgrade(run):
    result = run("db", "current")
    assert result.exit_code == 0 and "no revision" in result.output
    result = run("db", "upgrade")
    assert result.exit_code == 0, result.output
    assert f"at {migrate.head()} (head)" in result.output
    assert migrate.current(run.url) == migrate.head()
    assert f"{migrate.head()} (head)" in run("db", "current").output
    result = run("db", "downgrade", "base")
    assert result.exit_code == 0 and "no revision" in result.output
    assert migrate.current(run.url) is None


def test_serve_refuses_demo_without_migrating(run):
    result = run("serve", "--demo", "--no-migrate")
    assert result.exit_code == 2 and "drop --no-migrate" in result.output


def test_db_downgrade_needs_a_revision_and_bad_revisions_are_refused(run):
    result = run("db", "downgrade")
    assert result.exit_code == 2 and "Missing argument 'REVISION'" in result.output
    result = run("db", "upgrade", "nonsense")
    assert result.exit_code != 0
    assert "nonsense" in result.output and "Traceback" not in result.output


def test_unreachable_database_is_one_clear_line(tmp_path):
    env = rounds_environment(tmp_path / "instance",
                             "postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    env.update({k: None for k in os.environ if k.startswith("ROUNDS_") and k not in env})
    result = CliRunner().invoke(main, ["db", "current"], env=env)
    assert result.exit_code == 1
    assert "Error: Database postgresql+psycopg://nobody:***@127.0.0.1:1/none" in result.output
    assert "secret" not in result.output


# ---------------------------------------------------------------- demo


def test_demo_is_idempotent(run):
    first = run("demo")
    assert first.exit_code == 0, first.output
    assert "8 members added" in first.output and DEMO_PASSWORD in first.output
    counts = _counts(run.url)
    assert counts["users"] == len(MEMBERS) and counts["topics"] >= 5
    assert counts["post_likes"] > 0 and counts["notifications"] > 0
    # Live sessions: two upcoming, one that ran (with what its transcript shows).
    assert "3 sessions added" in first.output and "/sessions/3/transcript" in first.output
    assert counts["live_sessions"] == 3 and counts["session_cases"] == 1
    assert counts["session_case_stages"] == 5 and counts["live_messages"] >= 5
    assert counts["attendance_intervals"] == 7 and counts["live_question_votes"] == 1
    second = run("demo")
    assert second.exit_code == 0, second.output
    assert "nothing added" in second.output and "/sessions/1/room" in second.output
    assert _counts(run.url) == counts


def test_demo_content_is_what_the_services_make(run):
    assert run("demo").exit_code == 0
    url = run.url
    # Roles, verification and a new member as described.
    for spec in MEMBERS:
        role, verified, trust = _scalar(url, select(User.role, User.verified_at, User.trust_level)
                                        .where(User.email == spec.email))
        assert (role, verified is not None, trust) == (spec.role, spec.verified, spec.trust_level)
    assert _scalar(url, select(func.count()).select_from(Board)
                   .where(Board.verified_only.is_(True)))[0] == 1
    assert _scalar(url, select(func.count()).select_from(Topic).where(Topic.pinned))[0] == 1
    # Counts kept by the services agree with the rows.
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            for topic_id, post_count in connection.execute(select(Topic.id, Topic.post_count)):
                assert connection.scalar(select(func.count()).select_from(Post)
                                         .where(Post.topic_id == topic_id)) == post_count
            edited = connection.execute(select(Post.raw, Post.cooked).where(Post.revision == 2)
                                        ).all()
            quoted = connection.scalar(select(func.count()).select_from(Post)
                                       .where(Post.reply_to_id.is_not(None)))
    finally:
        engine.dispose()
    assert len(edited) == 2 and all("<" in cooked for _, cooked in edited)
    assert quoted >= 3


# ---------------------------------------------------------------- user create


def test_user_create_with_password(run):
    assert run("db", "upgrade").exit_code == 0
    result = run("user", "create", "--email", "Chief@Example.org", "--role", "admin",
                 "--password", "a long enough password")
    assert result.exit_code == 0, result.output
    assert "Created admin chief <chief@example.org>" in result.output
    role, = _scalar(run.url, select(User.role).where(User.email == "chief@example.org"))
    assert role == "admin"


def test_user_create_prompts_twice_for_a_hidden_password(run):
    assert run("db", "upgrade").exit_code == 0
    result = run("user", "create", "--email", "nurse@example.org", "--role", "moderator",
                 "--username", "night_nurse",
                 input="first attempt!!\nsecond attempt\nthe real one 123\nthe real one 123\n")
    assert result.exit_code == 0, result.output
    assert "Password:" in result.output and "Repeat for confirmation:" in result.output
    assert "do not match" in result.output
    assert "the real one" not in result.output  # hidden input is not echoed
    assert "Created moderator night_nurse" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["--email", "x@example.org", "--role", "superuser"], 2, "Invalid value for '--role'"),
    (["--email", "not-an-email"], 1, "email: Enter a valid email address."),
    (["--email", "short@example.org", "--password", "short"], 1,
     "password: Write at least 10 characters."),
    (["--role", "member"], 2, "Missing option '--email'"),
])
def test_user_create_refuses_bad_input_clearly(run, args, code, message):
    assert run("db", "upgrade").exit_code == 0
    if "--password" not in args:
        args = [*args, "--password", "a long enough password"]
    result = run("user", "create", *args)
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output
    assert _counts(run.url)["users"] == 0


def test_user_create_refuses_a_duplicate_and_an_unmigrated_database(run):
    result = run("user", "create", "--email", "a@example.org", "--password", "long password 1")
    assert result.exit_code == 1 and "run `rounds db upgrade` first" in result.output
    assert run("db", "upgrade").exit_code == 0
    assert run("user", "create", "--email", "a@example.org",
               "--password", "long password 1").exit_code == 0
    result = run("user", "create", "--email", "A@example.org", "--username", "other",
                 "--password", "long password 2")
    assert result.exit_code == 1
    assert "email: An account with this email already exists." in result.output


# ---------------------------------------------------------------- search


def test_search_rebuild_indexes_every_post(run, tmp_path):
    assert run("demo").exit_code == 0
    posts = _counts(run.url)["posts"]
    result = run("search", "rebuild")
    assert result.exit_code == 0, result.output
    assert "Rebuilding the search index" in result.output
    assert f"Indexed {posts} posts." in result.output
    assert (tmp_path / "instance" / "search-index").is_dir()


# ---------------------------------------------------------------- the installed script


def test_installed_script_migrates_seeds_and_creates_users(script):
    result = script("db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert "(head)" in result.stdout
    assert "(head)" in script("db", "current").stdout

    first = script("demo")
    assert first.returncode == 0, first.stderr
    counts = _counts(script.url)
    second = script("demo")
    assert second.returncode == 0 and "nothing added" in second.stdout
    assert _counts(script.url) == counts

    result = script("user", "create", "--email", "ops@example.org", "--role", "editor",
                    "--password", "a long enough password")
    assert result.returncode == 0, result.stderr
    result = script("user", "create", "--email", "prompted@example.org",
                    input="typed at the prompt\ntyped at the prompt\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Created member prompted" in result.stdout

    result = script("user", "create", "--email", "x@example.org", "--role", "root",
                    "--password", "a long enough password")
    assert result.returncode == 2 and "Invalid value for '--role'" in result.stderr
    result = script("user", "create", "--email", "bad", "--password", "a long enough password")
    assert result.returncode == 1 and "Enter a valid email address." in result.stderr
    assert "Traceback" not in result.stderr

    result = script("db", "downgrade", "base")
    assert result.returncode == 0, result.stderr
    assert migrate.current(script.url) is None


def _wait_until_live(process: subprocess.Popen, base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"rounds serve exited early:\n{process.stdout.read()}")
        try:
            if requests.get(f"{base}/livez", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    pytest.fail("rounds serve did not come up")


def test_serve_with_demo_content(script):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([ROUNDS, "serve", "--demo", "--port", str(port)], env=script.env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        _wait_until_live(process, base)
        health = requests.get(f"{base}/healthz", timeout=10)
        assert health.status_code == 200 and health.json()["checks"]["database"] == "ok"

        home = requests.get(f"{base}/", timeout=10)
        assert home.status_code == 200
        assert "Cardiology" in home.text

        topic_id, title = _scalar(script.url, select(Topic.id, Topic.title)
                                  .where(Topic.title.like("Wide-complex tachycardia%")))
        page = requests.get(f"{base}/t/{topic_id}", timeout=10)
        assert page.status_code == 200
        assert "Wide-complex tachycardia" in page.text and "procainamide" in page.text

        api = requests.get(f"{base}/api/v1/topics/{topic_id}", timeout=10)
        assert api.status_code == 200 and api.json()["title"] == title

        polling = requests.get(f"{base}/socket.io/?EIO=4&transport=polling", timeout=10)
        assert polling.status_code == 200 and '"sid"' in polling.text
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    output = process.stdout.read()
    assert code == 0, output
    assert f"Rounds is running on {base}/" in output
    assert "admin@rounds.example" in output and DEMO_PASSWORD in output
    # Issue 15, defect 14: the accounts are not buried under a line per background task or
    # migration step, and a command made for trying Rounds does not warn about production.
    assert len(output.splitlines()) <= 30, output
    assert "celery" not in output.lower() and "alembic" not in output.lower(), output
    assert "production deployment" not in output and "Serving Flask app" not in output, output
    # The accounts and the links come last, where a newcomer looks; links open as they are.
    lines = output.splitlines()
    signin = next(i for i, line in enumerate(lines) if line.startswith("Demo sign-in"))
    running = next(i for i, line in enumerate(lines) if line.startswith("Rounds is running"))
    assert running == signin + len(MEMBERS) + 1, output
    assert all(line.startswith("  ") for line in lines[signin + 1:running]), output
    assert f"{base}/cases/" in output and f"{base}/sessions/" in output, output
    assert not any("GET /" in line for line in lines), output  # no line per request


@pytest.mark.slow
def test_serve_starts_and_serves_with_redis_unreachable(script):
    """Redis down at start: the demo is seeded, pages answer, /healthz says degraded (200),
    and what the seeding set in motion waits in the outbox for Redis to come back."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**script.env, "ROUNDS_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    process = subprocess.Popen([ROUNDS, "serve", "--demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        _wait_until_live(process, base)
        assert requests.get(f"{base}/", timeout=10).status_code == 200
        health = requests.get(f"{base}/healthz", timeout=10).json()
        assert health["status"] == "degraded" and health["checks"]["queue"] == "unreachable"
        assert health["checks"]["outbox"]["pending"] > 0
        assert requests.get(f"{base}/readyz", timeout=10).status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    status = subprocess.run([ROUNDS, "outbox", "status"], check=False, env=env,
                            capture_output=True,
                            text=True, timeout=60)
    assert status.returncode == 0 and "Pending: " in status.stdout, status.stderr
    assert not status.stdout.startswith("Pending: 0 ")


def test_markup_unhook_images_rewrites_old_remote_images_once(run):
    assert run("demo").exit_code == 0
    engine = create_engine(run.url)
    old = '<p><img src="https://tracker.example/p.png" alt="p"></p>'
    with engine.begin() as connection:
        post_id = connection.execute(select(Post.id).order_by(Post.id).limit(1)).scalar_one()
        connection.execute(update(Post).where(Post.id == post_id).values(cooked=old))
    result = run("markup", "unhook-images")
    assert result.exit_code == 0, result.output
    assert "Rewrote 1 stored text with remote images." in result.output
    with engine.connect() as connection:
        cooked = connection.execute(select(Post.cooked).where(Post.id == post_id)).scalar_one()
    engine.dispose()
    assert "<img" not in cooked and "tracker.example/p.png</a>" in cooked
    assert "Rewrote 0 stored texts" in run("markup", "unhook-images").output


def test_served_demo_lines_link_their_pages():
    line = "Past journal club at /sessions/3: transcript /sessions/3/transcript (and/or x@y.z)."
    assert _linked(line, "http://127.0.0.1:5000") == (
        "Past journal club at http://127.0.0.1:5000/sessions/3: transcript "
        "http://127.0.0.1:5000/sessions/3/transcript (and/or x@y.z).")
    assert _linked(line, "") == line


def test_the_demo_does_not_ask_its_staff_for_an_authenticator(monkeypatch):
    monkeypatch.delenv("ROUNDS_TWO_FACTOR_REQUIRED", raising=False)
    assert _serve_overrides("127.0.0.1", 5000, demo=True)["two_factor_required"] is False
    assert "two_factor_required" not in _serve_overrides("127.0.0.1", 5000)
    monkeypatch.setenv("ROUNDS_TWO_FACTOR_REQUIRED", "true")
    assert "two_factor_required" not in _serve_overrides("127.0.0.1", 5000, demo=True)
