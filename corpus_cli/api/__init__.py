"""The public Python API: everything the command line shows, as plain data.

The command line imports the core through this module only. Open a corpus with `analyse`
(the seed articles when no path is given), ask it questions, close it:

    from corpus_cli import api
    with api.analyse(["articles/"]) as corpus:
        people = api.entity_rows(corpus, api.EntityQuery(labels=["PER"]))
        events = api.timeline(corpus, api.TimelineQuery(entity="Jeanne Dupont"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analysis import *  # noqa: F403
    from .core import *  # noqa: F403
    from .report import *  # noqa: F403

# The façade's modules, in the order a name is looked for. A name imports the first module
# that exports it when it is first used: `corpus stats` never imports the analysis commands
# nor the report (a fifth of what the façade imported whole costs every command).
_MODULES = ("core", "analysis", "report")


def __getattr__(name: str) -> Any:
    if name == "__all__":
        found = [exported for module in _MODULES for exported in _module(module).__all__]
        globals()["__all__"] = found
        return found
    for module in _MODULES:
        loaded = _module(module)
        if name in loaded.__all__:
            value = getattr(loaded, name)
            globals()[name] = value  # looked up once
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__getattr__("__all__")})


def _module(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")
