"""The code base stays ruff clean (ruff is in the test extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


def test_ruff_is_clean():
    ruff = Path(sys.executable).parent / "ruff"
    command = str(ruff) if ruff.exists() else shutil.which("ruff")
    if command is None:
        pytest.skip("ruff is not installed")
    folders = [str(ROOT / name) for name in ("corpus_cli", "tests", "benchmarks")
               if (ROOT / name).is_dir()]
    result = subprocess.run([command, "check", "--no-cache", *folders],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
