"""The Flask app factory: settings, one ``init_app`` per resource, small blueprints per resource."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    """Build the service: defaults → ``BIENBAN_*`` environment → ``overrides``.

    >>> app = create_app({"DATA_DIR": "/tmp/bienban-doc"})
    >>> app.config["DATABASE_URL"]
    'sqlite:////tmp/bienban-doc/bienban.sqlite3'
    """
    from service import auth, db, errors, hardening, storage
    from service.api import BLUEPRINTS
    from service.config import load_config
    from worker.celery_app import create_celery

    app = Flask("bienban", static_folder=None)
    load_config(app, overrides)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    db.init_app(app)
    storage.init_app(app)
    create_celery(app)
    errors.init_app(app)
    auth.init_app(app)
    hardening.init_app(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    logging.getLogger("bienban").setLevel(logging.INFO)
    return app
