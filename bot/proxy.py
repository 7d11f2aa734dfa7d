"""Behind a reverse proxy: whose forwarded headers to believe, and which host names to answer."""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix


def trusted_hosts(setting: str | list[str] | None) -> list[str] | None:
    """Return Flask's TRUSTED_HOSTS from the setting's space-separated names (None: any)."""
    if setting is None or isinstance(setting, list):
        return setting or None
    return setting.split() or None


def init_app(app: Flask) -> None:
    """Trust X-Forwarded-* from TRUSTED_PROXIES proxies; answer only TRUSTED_HOSTS.

    Raises:
        ValueError: TRUSTED_PROXIES is negative.
    """
    proxies = app.config["TRUSTED_PROXIES"]
    if proxies < 0:
        raise ValueError(f"setting TRUSTED_PROXIES={proxies} must be 0 or more")
    # Flask checks the Host header against TRUSTED_HOSTS for each request (400 otherwise).
    app.config["TRUSTED_HOSTS"] = trusted_hosts(app.config["TRUSTED_HOSTS"])
    if proxies:
        # Without a proxy, trusting these headers would let any client choose its address,
        # and with it its own rate-limit count.
        app.wsgi_app = ProxyFix(
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies, x_port=0, x_prefix=0
        )
