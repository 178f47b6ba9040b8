# bienban: web service and workers in one image (the command decides which).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    BIENBAN_DATA_DIR=/data \
    # tesseract uses one thread per process; Celery already runs one process per core.
    OMP_THREAD_LIMIT=1

# OCR (Vietnamese), PDF tools and fonts used by the extractors.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      tesseract-ocr tesseract-ocr-vie poppler-utils qpdf fonts-dejavu-core fonts-liberation \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY nlp ./nlp
COPY worker ./worker
COPY service ./service
RUN pip install . \
 && useradd --system --uid 10001 --home-dir /data bienban \
 && mkdir -p /data && chown bienban /data

USER bienban
VOLUME ["/data"]
EXPOSE 8000

# Web: migrate, then serve with waitress. Workers override the command (see docker-compose.yml).
CMD ["sh", "-c", "bienban migrate && exec waitress-serve --host 0.0.0.0 --port 8000 --threads 16 --call service.app:create_app"]
