"""Issuing, filtering and showing warnings (CPython 3.11's warnings API).

CPython splits this between C (Python/_warnings.c: warn, warn_explicit, the filter search
and the registries) and Lib/warnings.py (formatting, showing, filter editing,
catch_warnings). heapscope has no _warnings, so both halves are written here; the first
half keeps the C module's rules and error messages, including its "_warnings." prefixes."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
_UNSET = object()  # warn_explicit's module argument left out (None means something else)

# Each filter is (action, message regex or None, category, module regex or None, lineno);
# the first one that fits a warning decides. The '__main__' below is a plain string,
# compared for equality (only the built-in defaults have those).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change; a registry remembers the value it was filled under
# (its "version" key) and is emptied when that is out of date.
_generation = 0


def _filters_mutated():
    global _generation
    _generation += 1


# ---------------------------------------------------------------- argument conversion

def _c_integer(value, bits, too_big, too_small):
    """value as a C integer argument of the given width takes it (via __index__)."""
    try:
        to_index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    number = to_index(value)
    bound = 1 << (bits - 1)
    if number >= bound:
        raise OverflowError(too_big)
    if number < -bound:
        raise OverflowError(too_small)
    return number


def _category_for(message, category):
    """The category warn() uses: the message's class for a Warning instance, else
    category (UserWarning if None), which must be a Warning subclass."""
    if isinstance(message, Warning):
        return type(message)
    if category is None:
        return UserWarning
    try:
        valid = issubclass(category, Warning)
    except Exception:
        valid = False
    if not valid:
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    return category


# ---------------------------------------------------------------- the filter search

def _fits(pattern, text):
    # None fits anything; a plain str only an equal text; otherwise a compiled regex
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _find_action(category, text, lineno, module):
    """(action, filter) of the first filter fitting the warning, or (defaultaction, None)."""
    chosen = filters
    if not isinstance(chosen, list):
        raise ValueError("_warnings.filters must be a list")
    index = 0
    while index < len(chosen):  # the list may change under us: re-check its length
        entry = chosen[index]
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        action, msg_re, wanted, mod_re, line = entry
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        text_ok = _fits(msg_re, text)
        module_ok = _fits(mod_re, module)
        class_ok = issubclass(category, wanted)
        if not isinstance(line, int):
            raise TypeError("an integer is required")
        if text_ok and class_ok and module_ok and line in (0, lineno):
            return action, entry
        index += 1
    fallback = defaultaction
    if not isinstance(fallback, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(fallback).__name__)
    return fallback, None


def _seen(registry, key, remember):
    """Whether registry says key was shown already (under the current filters). An out
    of date registry is emptied first. With remember, key is recorded."""
    stamp = registry.get("version")
    if type(stamp) is int and stamp == _generation:
        if registry.get(key):
            return True
    else:
        registry.clear()
        registry["version"] = _generation
    if remember:
        registry[key] = True
    return False


def _once_registry():
    table = onceregistry
    if not isinstance(table, dict):
        raise TypeError("_warnings.onceregistry must be a dict, not '%s'"
                        % type(table).__name__)
    return table


def _issue(message, category, filename, lineno, module, registry, source):
    """The body of warn_explicit, once its arguments are checked."""
    if module is None:
        # happens late at shutdown in CPython: nothing sensible to do
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _UNSET:
        if not filename:
            module = "<unknown>"
        else:
            module = filename[:-3] if filename.endswith(".py") else filename
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key, False):
        return

    action, entry = _find_action(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            # per module when there is a registry, else across the program
            table = registry if registry is not None else _once_registry()
            if _seen(table, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _seen(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, entry))

    show = globals().get("_showwarnmsg")
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(WarningMessage(message, category, filename, lineno, None, None, source))


# ---------------------------------------------------------------- warn and warn_explicit

def _is_internal_frame(frame):
    """Frames of the import machinery, which stacklevel counting skips (as CPython)."""
    name = frame.f_code.co_filename
    return isinstance(name, str) and "importlib" in name and "_bootstrap" in name


def _next_external_frame(frame):
    while True:
        frame = frame.f_back
        if frame is None or not _is_internal_frame(frame):
            return frame


def warn(message, category=None, stacklevel=1, source=None, **unknown):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if unknown:   # worded as CPython's C argument parser words it
        raise TypeError("%r is an invalid keyword argument for warn()" % next(iter(unknown)))
    # the arguments are converted (stacklevel first) before the category is checked
    too_big = "Python int too large to convert to C ssize_t"
    steps = _c_integer(stacklevel, 64, too_big, too_big) - 1
    category = _category_for(message, category)
    frame = sys._getframe(1)  # whoever called warn() is level 1
    if steps < 0 or _is_internal_frame(frame):
        step = lambda f: f.f_back
    else:
        step = _next_external_frame
    while steps > 0 and frame is not None:
        frame = step(frame)
        steps -= 1

    if frame is None:
        where, filename, lineno = sys.__dict__, "sys", 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    if "__warningregistry__" in where:
        registry = where["__warningregistry__"]
    else:
        registry = where["__warningregistry__"] = {}
    module = where.get("__name__", "<string>")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    _issue(message, category, filename, lineno, module, registry, source)


def _loader_line(module_globals, lineno):
    """Ask module_globals' __loader__ for the source, as CPython's C warn_explicit does
    (errors propagate; the line itself is not shown when warnings.py is present)."""
    if "__loader__" not in module_globals or "__name__" not in module_globals:
        return None
    name = module_globals["__name__"]
    get_source = getattr(module_globals["__loader__"], "get_source", None)
    if get_source is None:
        return None
    source = get_source(name)
    if source is None:
        return None
    lines = source.splitlines()
    if not 0 <= lineno - 1 < len(lines):
        raise IndexError("list index out of range")
    return lines[lineno - 1]


def warn_explicit(message, category, filename, lineno, module=_UNSET, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % type(filename).__name__)
    lineno = _c_integer(lineno, 32, "signed integer is greater than maximum",
                        "signed integer is less than minimum")
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%s'"
                            % type(module_globals).__name__)
        _loader_line(module_globals, lineno)
    _issue(message, category, filename, lineno, module, registry, source)


# ---------------------------------------------------------------- showing

class WarningMessage(object):
    """What catch_warnings(record=True) collects: one warning and where it came from."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        for attr, value in zip(self._WARNING_DETAILS,
                               (message, category, filename, lineno, file, line, source)):
            setattr(self, attr, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def _allocation_note(source, category_name, read_line):
    """Where tracemalloc saw source allocated, or a hint to turn tracemalloc on."""
    try:
        import tracemalloc
    except Exception:
        return ""
    tracing = tracemalloc.is_tracing()
    try:
        frames = tracemalloc.get_object_traceback(source)
    except Exception:
        frames = None
    if frames is None:
        if tracing:
            return ""
        return ("%s: Enable tracemalloc to get the object allocation traceback\n"
                % category_name)
    text = ["Object allocated at (most recent call last):\n"]
    for frame in frames:
        text.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        try:
            code = read_line(frame.filename, frame.lineno)
        except Exception:
            code = None
        if code:
            text.append("    %s\n" % code.strip())
    return "".join(text)


def _no_line(filename, lineno):
    # CPython cannot read allocation lines when the warning came with its own line
    raise LookupError


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, name, msg.message)
    read_line = _no_line
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None  # e.g. late at shutdown
        else:
            read_line = linecache.getline
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        text += _allocation_note(msg.source, name, read_line)
    return text


def _showwarnmsg_impl(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return  # no stderr at all: the warning is lost
    text = _formatwarnmsg(msg)
    try:
        stream.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None,
                                              line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    """Format msg, through a replaced warnings.formatwarning if there is one."""
    hook = globals().get("formatwarning", _formatwarning_orig)
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg(msg):
    """Show msg, through a replaced warnings.showwarning if there is one."""
    hook = globals().get("showwarning", _showwarning_orig)
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---------------------------------------------------------------- editing the filters

def _add_filter(*entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        # move an equal filter to the front instead of duplicating it
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter (at the front, or the end with append); message and module are
    regular expressions, the message one case-insensitive."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    text_re = module_re = None
    if message or module:
        import re
        text_re = re.compile(message, re.I) if message else None
        module_re = re.compile(module) if module else None
    _add_filter(action, text_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching any message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option."""


class catch_warnings(object):
    """Context manager that saves the filters and showwarning on entry and puts them back
    on exit. record=True collects WarningMessage objects in the list it returns instead
    of showing them; action (with category, lineno, append) adds a simplefilter."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules["warnings"]
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = list(self._filters)
        mod._filters_mutated()
        self._showwarning, self._showwarnmsg_impl = mod.showwarning, mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # the default showwarning is what hands messages to _showwarnmsg_impl
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning, mod._showwarnmsg_impl = self._showwarning, self._showwarnmsg_impl
