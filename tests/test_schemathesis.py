"""Schemathesis against the OpenAPI document, in-process (WSGI), with a valid token: never a server error,
and every answer as documented."""

from __future__ import annotations

import pytest
import schemathesis
from conftest import issue_token, sample
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from service.db import get_db
from service.reconcile import write_heartbeat

pytestmark = pytest.mark.slow
EXAMPLES = 50  # per operation and mode
MODES = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
GenerationMode = schemathesis.GenerationMode
# No 5xx; and every answer's status, content type and body as the document says.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app on a temp SQLite database, one token, and one uploaded document so ids can exist."""
    import io

    from service.app import create_app

    tmp = tmp_path_factory.mktemp("schemathesis")
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp / "data"),
                      "DATABASE_URL": f"sqlite:///{tmp / 'bienban.sqlite3'}",
                      "BROKER_URL": f"sqla+sqlite:///{tmp / 'broker.sqlite3'}", "RATE_LIMIT": 0,
                      "MAX_FILE_MB": 1, "MAX_BATCH_MB": 2})
    get_db(app).migrate()
    token = issue_token(app)
    app.test_client().post("/api/v1/documents", headers={"Authorization": f"Bearer {token}"},
                           data={"file": (io.BytesIO(sample("regular-2024-03-khupho3-complete.txt").read_bytes()),
                                          "m.txt")})
    yield app, token
    get_db(app).engine.dispose()


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def fuzz(operation, mode, token: str) -> None:
    """Run one operation's generated cases in one mode (a closure per call: no late-bound loop variables)."""
    # Invalid input may be answered with any documented 4xx; it must still never be a 5xx.
    checks = CHECKS if mode is GenerationMode.POSITIVE else [not_a_server_error, content_type_conformance]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=checks)

    try:
        run()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE  # nothing to make invalid (no parameters): fine


def test_api_never_answers_a_server_error(served):
    app, token = served
    operations = _operations(app)
    assert len(operations) >= 9  # every route of the document, public and protected
    for operation in operations:
        for mode in MODES:
            # /health answers 503 by design without a live worker: give it one, so 5xx means a fault.
            write_heartbeat(get_db(app), "schemathesis@test", queues="default,ocr")
            fuzz(operation, mode, token)
