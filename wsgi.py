"""WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi ...`."""

import gc

from bot import create_app

# What start-up made lives as long as the process: keep the cycle collector off it for good.
# Its first pass would otherwise traverse all of it on the first request, and gunicorn's
# workers, forked after this, would copy the pages it touches. Paused until then: create_app
# would otherwise resume it with everything it made counted, and the next allocation would
# start a collection of all of that.
gc.disable()
app = create_app()
gc.freeze()
gc.enable()
