"""The public Python API: everything the command line shows, as plain data.

The command line imports the core through this module only. Open a corpus with `analyse`
(the seed articles when no path is given), ask it questions, close it:

    from corpus_cli import api
    with api.analyse(["articles/"]) as corpus:
        people = api.entity_rows(corpus, api.EntityQuery(labels=["PER"]))
        events = api.timeline(corpus, api.TimelineQuery(entity="Jeanne Dupont"))
"""

from .analysis import *  # noqa: F403
from .analysis import __all__ as _analysis
from .core import *  # noqa: F403
from .core import __all__ as _core
from .report import *  # noqa: F403
from .report import __all__ as _report

__all__ = [*_core, *_analysis, *_report]
