"""The web explorer: pages readable without JavaScript, curation in the browser, the
register as JSON under ``/api`` and through the IPIF API under ``/ipif``.

>>> from narkomindel.serve import create_app          # doctest: +SKIP
>>> app = create_app(lambda: Store("narkomindel.db"))  # doctest: +SKIP

``narkomindel serve`` runs it with uvicorn (see docs/web.md).
"""

from narkomindel.serve.app import ServeConfig, create_app

__all__ = ["create_app", "ServeConfig"]
