"""WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi ...`."""

import gc

from bot import create_app

app = create_app()
# What start-up made lives as long as the process: keep the cycle collector off it for good.
# Its first pass would otherwise traverse all of it on the first request, and gunicorn's
# workers, forked after this, would copy the pages it touches.
gc.freeze()
