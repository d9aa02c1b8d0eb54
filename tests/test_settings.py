"""Production settings refuse to start without secrets, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    # Start from this environment without what a deployment would not have.
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(DJANGO_SETTINGS_MODULE="newsroom.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "env",
    [{}, {"SECRET_KEY": "x" * 60}, {"ALLOWED_HOSTS": "news.example.org"}],
    ids=["nothing", "no-hosts", "no-secret"],
)
def test_production_refuses_to_start_without_secret_and_hosts(env):
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "must be set" in result.stderr


def test_production_passes_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="news.example.org",
        NEWSROOM_SITE_URL="https://news.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_warns_without_a_canonical_site_url():
    result = run_manage(
        "check",
        "--deploy",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="news.example.org",
    )
    assert "api.W001" in result.stdout + result.stderr


def run_dev_shell(code, **env):
    """Run ``code`` in ``manage.py shell`` with dev settings; a None value unsets a variable."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev", **env}
    environment = {k: v for k, v in environment.items() if v is not None}
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_redis_cache_is_chosen_by_redis_url():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    with_redis = run_dev_shell(code, REDIS_URL="redis://127.0.0.1:6379/5")
    assert with_redis.stdout.strip() == "django.core.cache.backends.redis.RedisCache"
    without = run_dev_shell(code, REDIS_URL=None)
    assert without.stdout.strip() == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_cache_round_trip_when_redis_runs():
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    code = (
        "from django.core.cache import cache; cache.set('newsroom-test', 'ok', 10); "
        "print(cache.get('newsroom-test')); cache.delete('newsroom-test')"
    )
    result = run_dev_shell(code, REDIS_URL="redis://127.0.0.1:6379/5")
    assert result.stdout.strip() == "ok", result.stderr
