"""Writing export files: whole or not at all.

Each file is written under a temporary name beside its target and renamed into
place when complete, so an interrupted export never leaves a half-written file;
a folder that cannot be written is one clear error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from narkomindel.errors import OutputError

__all__ = ["replacing", "check_targets"]


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path to write; it becomes ``path`` when the block ends without error."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(
            f"cannot write {path.name} ({exc.strerror})", where=str(path.parent),
            hint="choose a folder you can write to, with space free",
        ) from exc  # fmt: skip
    finally:
        if tmp.exists():
            tmp.unlink()


def check_targets(targets: list[Path], *, overwrite: bool) -> None:
    """Refuse files that exist (unless ``overwrite``) and folders that cannot be written."""
    existing = [t for t in targets if t.exists()]
    if existing and not overwrite:
        shown = ", ".join(str(t) for t in existing[:3]) + (" …" if len(existing) > 3 else "")
        raise OutputError(
            f"{len(existing)} file(s) exist already: {shown}",
            hint="choose another --out, or give --overwrite to replace them",
        )
    for folder in {t.parent for t in targets}:
        probe = folder
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
            raise OutputError(
                "cannot write into this folder", where=str(folder),
                hint="choose a folder you can write to",
            )  # fmt: skip
