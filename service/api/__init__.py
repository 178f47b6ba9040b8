"""The HTTP API under ``/api/v1``: one small blueprint per resource.

To add a resource (``batches``), write ``service/api/batches.py`` with
``bp = Blueprint("batches", __name__, url_prefix=PREFIX)`` and list it below.
"""

from service.api import batches, directives, documents, health, openapi, references

PREFIX = "/api/v1"

BLUEPRINTS = (documents.bp, batches.bp, references.bp, directives.bp, health.bp, openapi.bp)
