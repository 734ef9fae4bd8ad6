"""The JavaScript that draws the charts in the page: Vega, Vega-Lite and Vega-Embed, inlined.

vl-convert ships these libraries and bundles them into one script with no import left, so
the page needs no network. Bundling takes seconds (20 s on a busy machine), so the script
is kept in a cache directory under the version of vl-convert that made it.
"""

from __future__ import annotations

import logging
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

log = logging.getLogger(__name__)

# What the bundle exposes to the page's own script (vl-convert's names for the libraries).
GLOBALS = "window.vegaEmbed = vegaEmbed; window.vega = vega; window.vegaLite = vegaLite;"


def bundle_name() -> str:
    return f"vega-bundle-{version('vl-convert-python')}.js"


def javascript(cache: Path | None = None) -> str:
    """The bundled script, from `cache` (a directory) when it holds it, else built and kept."""
    path = cache / bundle_name() if cache is not None else None
    if path is not None and path.is_file():
        return path.read_text(encoding="utf-8")
    import vl_convert

    log.info("bundling Vega, Vega-Lite and Vega-Embed (once per vl-convert version)")
    script: str = vl_convert.javascript_bundle(GLOBALS)
    if path is not None:
        _write_atomically(path, script)
    return script


def _write_atomically(path: Path, text: str) -> None:
    """Write so that a reader never sees half a file; a cache that cannot be written is
    only slower next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(name, path)
    except OSError as error:
        log.info("cannot keep the chart script in %s: %s", path.parent, error)
