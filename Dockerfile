# planbot: the Telegram bot (`planbot run`), its SQLite database on a volume; or one of several replicas on
# PostgreSQL when PLANBOT_DATABASE_URL is set (compose.yaml runs three behind nginx, see docs/replicas.md).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PLANBOT_DB=/data/planbot.db

RUN useradd --create-home --uid 10001 planbot \
    && mkdir /data \
    && chown planbot:planbot /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY dialogs ./dialogs
COPY domain ./domain
RUN pip install . && rm -rf /app/build

USER planbot
VOLUME ["/data"]
# Only used in webhook mode (PLANBOT_WEBHOOK_URL set); polling needs no open port.
EXPOSE 8443

CMD ["planbot", "run"]
