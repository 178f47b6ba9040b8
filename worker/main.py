"""Worker entry point: ``celery -A worker.main worker -Q default,ocr``."""
from service.app import create_app

celery = create_app().extensions["celery"]
