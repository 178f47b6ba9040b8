"""docker-compose.yml and Dockerfile describe the stack the docs promise (Docker itself is not run here)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
BIENBAN = ("web", "worker", "worker-ocr")


def test_services_present():
    assert {"web", "worker", "worker-ocr", "redis", "postgres"} <= set(SERVICES)


@pytest.mark.parametrize("name", ["web", "worker", "worker-ocr", "redis", "postgres"])
def test_every_service_has_a_health_check(name):
    check = SERVICES[name]["healthcheck"]
    assert check["test"] and check["interval"] and check["retries"] >= 1


@pytest.mark.parametrize("name", BIENBAN)
def test_bienban_services_share_settings_and_files(name):
    env = SERVICES[name]["environment"]
    for key in ("BIENBAN_DATA_DIR", "BIENBAN_DATABASE_URL", "BIENBAN_BROKER_URL"):
        assert env[key], key
    url = env["BIENBAN_DATABASE_URL"]
    assert url.startswith("postgresql+psycopg://") and "@postgres:" in url
    assert env["BIENBAN_BROKER_URL"].startswith("redis://redis:")
    mounts = {v.split(":")[0]: v.split(":")[1] for v in SERVICES[name]["volumes"]}
    assert mounts.get("files") == env["BIENBAN_DATA_DIR"]
    assert "files" in COMPOSE["volumes"]


@pytest.mark.parametrize("name, queue", [("worker", "default"), ("worker-ocr", "ocr")])
def test_workers_consume_their_queue(name, queue):
    cmd = SERVICES[name]["command"]
    assert cmd[:4] == ["celery", "-A", "worker.main", "worker"]
    assert cmd[cmd.index("-Q") + 1] == queue
    assert SERVICES[name]["depends_on"]["web"]["condition"] == "service_healthy"


def test_databases_keep_data_in_volumes():
    assert any(v.startswith("pgdata:") for v in SERVICES["postgres"]["volumes"])
    assert any(v.startswith("redisdata:") for v in SERVICES["redis"]["volumes"])
    assert SERVICES["web"]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_web_health_check_hits_a_real_route():
    from service.app import create_app

    test = " ".join(SERVICES["web"]["healthcheck"]["test"])
    path = test.split("8000", 1)[1].split("'", 1)[0]
    app = create_app({"DATA_DIR": "/tmp/bienban-compose-test"})
    assert app.test_client().get(path).status_code == 200


def test_dockerfile_installs_vietnamese_ocr_and_the_package():
    text = (ROOT / "Dockerfile").read_text()
    for needle in ("tesseract-ocr ", "tesseract-ocr-vie", "pip install .", "bienban migrate", "service.app:create_app"):
        assert needle in text, needle
