"""Measure how long small snippets of Python code take to run.

    Timer(stmt, setup).timeit(number)     seconds for `number` runs of stmt
    timeit(stmt, setup, number=...)       the same in one call
    repeat(stmt, setup, repeat=..., ...)  a list of such timings

stmt and setup are source strings (several lines allowed) or zero-argument callables.  The
timed loop is compiled into a small generated function, so the loop itself costs little,
and the garbage collector is switched off while it runs.  Without `globals` the code runs
in this module's namespace.  API and behaviour are CPython 3.11's; there is no
command-line interface (no main()), since heapscope has no -m.
"""

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

import time
import itertools
import gc
import sys      # unused here, but snippets run in this namespace and CPython's has it

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5
dummy_src_name = "<timeit-src>"     # file name of the generated source in tracebacks
_globals = globals                  # Timer has a parameter named globals

# The generated function: setup once, then `stmt` in a loop over the iterator `_it`,
# timed by the two `_timer()` calls.  {init} adds parameters for callables, {setup} and
# {stmt} are the (re-indented) snippets.
template = "\n".join([
    "",
    "def inner(_it, _timer{init}):",
    "    {setup}",
    "    _t0 = _timer()",
    "    for _i in _it:",
    "        {stmt}",
    "        pass",
    "    _t1 = _timer()",
    "    return _t1 - _t0",
    "",
])


def reindent(src, indent):
    """Indent every line of src but the first by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _fragment(code, role, depth, callables, check_prefix):
    """What the generated function contains for one snippet: (source text, extra
    parameter text).  A callable is passed in as the default of parameter _<role>."""
    if isinstance(code, str):
        # the snippet must also make sense on its own, outside the function
        compile(check_prefix + code, dummy_src_name, "exec")
        return reindent(code, depth), ""
    if callable(code):
        callables["_" + role] = code
        return "_%s()" % role, ", _%s=_%s" % (role, role)
    raise ValueError("%s is neither a string nor callable" % role)


class Timer:
    """Time a statement: Timer(stmt='pass', setup='pass', timer=default_timer,
    globals=None).  Both snippets may be source strings or callables; `timer` is the
    clock; `globals` is the namespace the code runs in (default: this module's)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        callables = {}
        setup_src, setup_param = _fragment(setup, "setup", 4, callables, "")
        prefix = setup + "\n" if isinstance(setup, str) else ""
        stmt_src, stmt_param = _fragment(stmt, "stmt", 8, callables, prefix)
        src = template.format(stmt=stmt_src, setup=setup_src, init=setup_param + stmt_param)
        self.src = src      # print_exc() shows lines from it
        namespace = _globals() if globals is None else globals
        exec(compile(src, dummy_src_name, "exec"), namespace, callables)
        self.inner = callables["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled to `file` (default
        sys.stderr), with the generated source's lines made available to it."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run the statement `number` times (setup once before) and return the seconds
        taken, as a float, with garbage collection off meanwhile."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit(number) `repeat` times and return the list of timings.  The
        minimum is usually the figure to look at; the rest mostly measures noise."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Try number = 1, 2, 5, 10, 20, 50, ... until one timeit(number) takes at least
        0.2 seconds; return (number, seconds).  callback(number, seconds), if given, is
        called after every try."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                took = self.timeit(number)
                if callback:
                    callback(number, took)
                if took >= 0.2:
                    return (number, took)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
