"""Finding and opening the files an ingest is given, safely.

Folders are walked recursively (sorted; hidden names skipped). Only regular
files are read: devices, FIFOs and sockets are reported and skipped, never
opened for reading (a FIFO would block, ``/dev/zero`` never ends). Symbolic
links are followed when they stay inside the folders given (a link named on the
command line is followed wherever it points); a loop of links, a link out of the
folders, a folder that cannot be listed and a path too long for the system are
each reported on a line of their own, and the rest of the batch goes on.
A file found in a folder is marked so (``Found.in_folder``): ingest leaves out the
data files that sit beside sources (see ``pipeline.ingest.NOT_SOURCES``).
A file is opened once, checked again on the open descriptor (it is a regular
file, under the size limit) and read with a bound, so a file that grows while
being read cannot exhaust memory.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from narkomindel.errors import (
    FileTooLargeError,
    MissingFileError,
    NarkomindelError,
    UnreadableFileError,
)

__all__ = ["Found", "walk", "read_bounded", "display_path"]


@dataclass(frozen=True)
class Found:
    """A file to read, or a problem met while looking for files (``error``).

    ``in_folder`` is true for a file found by walking a folder, false for one named
    itself."""

    path: Path
    error: NarkomindelError | None = None
    in_folder: bool = False

    @property
    def where(self) -> str:
        return display_path(self.path)


def display_path(path: Path | str) -> str:
    """The path as text that can be shown and stored: bytes that are not UTF-8 in a file
    name are written as ``\\xNN`` escapes instead of failing."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _os_problem(path: Path, exc: OSError) -> NarkomindelError:
    where = display_path(path)
    if exc.errno == errno.ENOENT:
        return MissingFileError("no such file or folder", where=where)
    if exc.errno == errno.ENAMETOOLONG:
        return UnreadableFileError(
            "the path is too long for this system", where=where[:200] + "…",
            hint="move the files to a shorter path",
        )  # fmt: skip
    if exc.errno == errno.ELOOP:
        return UnreadableFileError(
            "a loop of symbolic links", where=where, hint="remove or fix the link"
        )
    return UnreadableFileError(f"cannot open it ({exc.strerror})", where=where)


def _inside(path: Path, roots: list[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Found]:
    """Every regular file named or below the folders named, and every problem met."""
    for given in paths:
        path = Path(given)
        try:
            info = path.lstat()
            real = path.resolve(strict=True) if stat.S_ISLNK(info.st_mode) else path
            mode = real.stat().st_mode
        except RuntimeError:  # Python's own loop detection in resolve()
            yield Found(path, _os_problem(path, OSError(errno.ELOOP, "loop")))
            continue
        except OSError as exc:
            yield Found(path, _os_problem(path, exc))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk_folder(path, real.resolve())
        elif stat.S_ISREG(mode):
            yield Found(path)
        else:
            yield Found(path, _not_regular(path, mode))


def _not_regular(path: Path, mode: int) -> NarkomindelError:
    return UnreadableFileError(
        f"{_kind_of(mode)}, not a file: not read", where=display_path(path),
        hint="give the files themselves",
    )  # fmt: skip


def _walk_folder(top: Path, real_top: Path) -> Iterator[Found]:
    roots = [real_top]
    visited = {real_top}
    problems: list[Found] = []

    def unlistable(exc: OSError) -> None:
        problems.append(
            Found(Path(exc.filename or top), _os_problem(Path(exc.filename or top), exc))
        )

    pending = [top]
    while pending:
        folder = pending.pop(0)
        for root, dirs, files in os.walk(folder, onerror=unlistable):
            here = Path(root)
            yield from problems
            problems.clear()
            keep = []
            for d in sorted(d for d in dirs if not d.startswith(".")):
                sub = here / d
                if not sub.is_symlink():
                    keep.append(d)
                    continue
                found = _follow(sub, roots, visited)
                if isinstance(found, Found):
                    yield found
                elif found is not None:
                    visited.add(found)
                    pending.append(sub)  # walked after this tree, as a tree of its own
            dirs[:] = keep
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = here / name
                try:
                    info = path.lstat()
                    if stat.S_ISLNK(info.st_mode):
                        target = path.resolve(strict=True)
                        if not _inside(target, roots):
                            yield Found(path, _outside(path))
                            continue
                        info = target.stat()
                except RuntimeError:
                    yield Found(path, _os_problem(path, OSError(errno.ELOOP, "loop")))
                    continue
                except OSError as exc:
                    yield Found(path, _os_problem(path, exc))
                    continue
                if stat.S_ISREG(info.st_mode):
                    yield Found(path, in_folder=True)
                elif not stat.S_ISDIR(info.st_mode):
                    yield Found(path, _not_regular(path, info.st_mode))
        yield from problems
        problems.clear()


def _outside(path: Path) -> NarkomindelError:
    return UnreadableFileError(
        "a symbolic link out of the folders given: not followed",
        where=display_path(path),
        hint="name its target on the command line if you want it read",
    )


def _follow(sub: Path, roots: list[Path], visited: set[Path]) -> Found | Path | None:
    """A linked folder inside the roots not seen yet (its real path); a problem; or None
    for a folder already walked."""
    try:
        target = sub.resolve(strict=True)
    except RuntimeError:
        return Found(sub, _os_problem(sub, OSError(errno.ELOOP, "loop")))
    except OSError as exc:
        return Found(sub, _os_problem(sub, exc))
    if not _inside(target, roots):
        return Found(sub, _outside(sub))
    if any(v in target.parents for v in visited):
        return None  # inside a folder walked already: its files are read from there
    if any(target == v or target in v.parents for v in visited):
        return Found(
            sub,
            UnreadableFileError(
                "a symbolic link back into a folder already read: a loop, not followed",
                where=display_path(sub),
            ),
        )
    return target


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read through one open
    descriptor (no blocking on FIFOs, no reading past the limit)."""
    where = display_path(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        if info.st_size > limit:
            raise FileTooLargeError(
                f"file is {info.st_size:,} bytes, over the limit of {limit:,}", where=where
            )
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileTooLargeError(
                    f"file grew past the limit of {limit:,} bytes while being read", where=where
                )
        return b"".join(chunks)
    finally:
        os.close(fd)
