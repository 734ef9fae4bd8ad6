"""Each chart alone as SVG and PNG, for papers: drawn by vl-convert, with no browser."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

# PNG pixels per SVG unit: print quality for a chart 800 units wide.
PNG_SCALE = 2.0


def write_figures(specs: Mapping[str, Mapping[str, Any]], folder: Path) -> list[Path]:
    """Write `NAME.svg` and `NAME.png` for every chart into `folder`; the paths written."""
    import vl_convert

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, spec in specs.items():
        svg_path, png_path = folder / f"{name}.svg", folder / f"{name}.png"
        svg_path.write_text(vl_convert.vegalite_to_svg(dict(spec)), encoding="utf-8")
        png_path.write_bytes(vl_convert.vegalite_to_png(dict(spec), scale=PNG_SCALE))
        written += [svg_path, png_path]
    return written
