"""Source lines of Python files, read once and kept in memory (CPython 3.11's linecache API,
used by traceback, warnings and tracemalloc)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname) for a file that was read; mtime is None when
# the lines came from a loader (or were put here by hand, as timeit does), and such entries
# are never invalidated. A 1-tuple (callable,) is a lazy entry: calling it gives the source.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based, with its newline) of filename, or '' if there is none."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All lines of filename, read now unless they are cached ([] if unreadable)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        return entry[2]
    try:
        lines = updatecache(filename, module_globals)
    except MemoryError:
        # keep going without a cache rather than fail a traceback
        clearcache()
        lines = []
    return lines


def _stale(entry):
    """Whether a read entry no longer describes its file (changed or gone)."""
    size, mtime, _, fullname = entry
    if mtime is None:
        return False
    try:
        now = os.stat(fullname)
    except OSError:
        return True
    return (size, mtime) != (now.st_size, now.st_mtime)


def checkcache(filename=None):
    """Drop the entries (all, or filename's) whose file changed on disk since it was read.
    Lazy and loader-provided entries stay."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) > 1 and _stale(entry):
            cache.pop(name, None)


def _pseudo(filename):
    # '', '<string>', '<stdin>', '<frozen x>'...: nothing on disk to read
    return not filename or (filename[:1] == '<' and filename[-1:] == '>')


def _from_loader(filename, module_globals):
    """Lines from a lazy entry's loader, None if that is not possible, [] if the loader
    has no source."""
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if source is None:
        return []
    lines = [text + '\n' for text in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _locate(filename):
    """(path, stat result) of filename, trying sys.path's directories for a relative name
    that is not found as is; None if it is nowhere."""
    try:
        return filename, os.stat(filename)
    except OSError:
        pass
    if os.path.isabs(filename):
        return None
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, os.stat(candidate)
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache and return its lines ([] if it cannot be read)."""
    old = cache.get(filename)
    if old is not None and len(old) > 1:
        del cache[filename]
    if _pseudo(filename):
        return []
    try:
        os.stat(filename)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
    found = _locate(filename)
    if found is None:
        return []
    fullname, info = found
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines:
        if lines[0].startswith('\ufeff'):
            lines[0] = lines[0][1:]  # a UTF-8 signature is not part of the source
        if not lines[-1].endswith('\n'):
            lines[-1] += '\n'
    cache[filename] = (info.st_size, info.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get filename's source from the __loader__ (or __spec__.loader) in
    module_globals, without reading it yet. True if filename now has a lazy entry."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _pseudo(filename) or not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec:
            loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
