"""Extracting, formatting and printing stack traces, with the API of CPython 3.11's traceback
module (heapscope's own implementation).

Exceptions are rendered by the interpreter's own exception printer, reached through the C
module `_traceback` (src/modules/tracebackmodule.c), so source lines, carets, chained
exceptions, exception groups and notes read exactly as when an exception goes uncaught.
Stacks and traceback entries are FrameSummary lists built here; an entry taken from a
traceback keeps its code object and instruction offset, which lets the printer add carets.
TracebackException is slimmer than CPython's: it records what the exception holds and
formats through the same printer."""

import collections
import itertools
import linecache
import sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

# How many identical consecutive entries are shown before "[Previous line repeated N more
# times]" (the C printer uses the same number).
_SHOWN_REPEATS = 3


class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()   # "argument not given", distinct from None


def _safe_string(value, what, func=str):
    """str() (or func()) of value, or a placeholder when that raises."""
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _limit_or_default(limit):
    """The limit to apply: an explicit one, else sys.tracebacklimit (negative means 0)."""
    if limit is not None:
        return limit
    default = getattr(sys, 'tracebacklimit', None)
    if default is not None and default < 0:
        return 0
    return default


def _resolve(exc, value, tb):
    """The (exception, traceback) pair meant by the arguments of format_exception and
    friends: either one exception (traceback from it), or the old (type, value, tb)."""
    value_given, tb_given = value is not _sentinel, tb is not _sentinel
    if value_given != tb_given:
        raise ValueError('Both or neither of value and tb must be given')
    if value_given:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def _margin(line):
    """The run of spaces and '|' that indents a line inside an exception group."""
    return line[:len(line) - len(line.lstrip(' |'))]


def _split_output(text):
    """Cut the printer's text into the pieces CPython's format_exception returns: each
    stack entry with its indented lines as one string, the chaining sentence together with
    the blank lines around it as one string, and every other line on its own. Inside
    exception groups the same holds behind the group's margin."""
    lines = text.splitlines(True)
    pieces = []
    pos = 0
    while pos < len(lines):
        line = lines[pos]
        margin = _margin(line)
        body = line[len(margin):]
        end = pos + 1
        if margin.endswith('  ') and body.startswith('File "'):
            if ', in ' in body.rpartition('", line ')[2]:
                while end < len(lines) and lines[end].startswith(margin[:-2] + '    '):
                    end += 1
        elif (body == '\n' and lines[pos + 2:pos + 3] == [line] and
              lines[pos + 1][len(margin):].startswith(('The above exception',
                                                       'During handling'))):
            end = pos + 3
        pieces.append(''.join(lines[pos:end]))
        pos = end
    return pieces


# ---- exceptions ------------------------------------------------------------------------------

def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print, as a list of strings ending in newlines."""
    value, tb = _resolve(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last part of a traceback, 'Type: message' (and notes), as a list of strings."""
    if value is _sentinel:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print an exception and its stack trace (at most 'limit' entries) to 'file'."""
    value, tb = _resolve(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def print_exc(limit=None, file=None, chain=True):
    """print_exception() for the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() for the last uncaught exception (sys.last_type and friends)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---- frames and stacks -----------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, the source line, and
    optionally the reprs of the frame's locals. Also usable as the 4-tuple
    (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self._code, self._lasti = None, -1    # set for traceback entries (see _summarize)
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _safe_string(val, 'local', repr) for key, val in locals.items()}
        else:
            self.locals = None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    @property
    def line(self):
        """The source line, stripped (read from linecache on first use)."""
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return None if self._line is None else self._line.strip()

    @property
    def _original_line(self):
        self.line
        return self._line


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame that called it. Without f, start from
    the caller of the caller of the function that iterates (as CPython does)."""
    frame = f if f is not None else sys._getframe().f_back.f_back.f_back.f_back
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    for frame, lineno, _ in _tb_entries(tb):
        yield frame, lineno


def _tb_entries(tb):
    """Yield (frame, lineno, instruction offset) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _position(code, offset):
    """(lineno, end_lineno, colno, end_colno) of the instruction at byte offset."""
    try:
        found = next(itertools.islice(code.co_positions(), offset // 2, None), None)
    except (AttributeError, ValueError):
        found = None
    return found if found is not None else (None, None, None, None)


class StackSummary(list):
    """A list of FrameSummary objects: a stack or traceback ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarize the (frame, lineno) pairs that frame_gen yields, e.g. from walk_tb()
        or walk_stack(). These entries carry no column positions (no carets)."""
        with_offsets = ((frame, lineno, -1) for frame, lineno in frame_gen)
        return klass._summarize(with_offsets, limit, lookup_lines, capture_locals)

    @classmethod
    def _summarize(klass, entries, limit, lookup_lines, capture_locals):
        """Build the summary from (frame, lineno, offset) triples; an offset >= 0 (a
        traceback entry) gives the entry its positions."""
        limit = _limit_or_default(limit)
        if limit is not None:
            if limit >= 0:
                entries = itertools.islice(entries, limit)
            else:
                entries = collections.deque(entries, maxlen=-limit)   # the last -limit
        summary = klass()
        files = set()
        for frame, lineno, offset in entries:
            code = frame.f_code
            files.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            where = {}
            if offset >= 0:
                start, end, col, end_col = _position(code, offset)
                if start is not None:
                    lineno = start
                where = dict(end_lineno=end, colno=col, end_colno=end_col)
            entry = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                 locals=frame.f_locals if capture_locals else None, **where)
            if offset >= 0:
                entry._code, entry._lasti = code, offset
            summary.append(entry)
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects and/or (filename, lineno, name, line)
        tuples. (Always a plain StackSummary, as in CPython.)"""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text for one entry: its 'File' line, source line (with carets when the
        entry came from a traceback) and captured locals. Subclasses may return None to
        leave an entry out."""
        entry = frame_summary
        if entry._code is not None and entry.lineno is not None:
            text = _traceback.format_frame_entry(entry._code, entry._lasti, entry.lineno)
        else:
            text = f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n'
            if entry.line:
                text += f'    {entry.line.strip()}\n'
        for key, val in sorted((entry.locals or {}).items()):
            text += f'    {key} = {val}\n'
        return text

    def format(self):
        """One string per entry, each ending in a newline. After _SHOWN_REPEATS identical
        consecutive entries (same file, line and name) the rest are counted instead."""
        pieces = []
        last = None
        run = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if last is None or any(part is None for part in last) or key != last:
                pieces += _repeat_note(run)
                last, run = key, 0
            run += 1
            if run <= _SHOWN_REPEATS:
                pieces.append(text)
        pieces += _repeat_note(run)
        return pieces


def _repeat_note(run):
    hidden = run - _SHOWN_REPEATS
    if hidden <= 0:
        return []
    plural = 's' if hidden > 1 else ''
    return [f'  [Previous line repeated {hidden} more time{plural}]\n']


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's entries (at most 'limit'; negative: the last)."""
    return StackSummary._summarize(_tb_entries(tb), limit, True, False)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit)), with carets under the failing expressions."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the traceback's entries (at most 'limit') to 'file' (default stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """Format FrameSummary objects or (filename, lineno, name, line) tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print what format_list() returns to 'file' (default stderr)."""
    out = sys.stderr if file is None else file
    for text in format_list(extracted_list):
        print(text, file=out, end='')


def extract_stack(f=None, limit=None):
    """A StackSummary of the calling stack (from frame f), oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the calling stack (from frame f) to 'file' (default stderr)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Drop the local variables of every frame in a traceback (running frames are
    skipped)."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except RuntimeError:
            pass


# ---- TracebackException ----------------------------------------------------------------------

_CAUSED = ('\nThe above exception was the direct cause of the following exception:\n\n')
_DURING = ('\nDuring handling of the above exception, another exception occurred:\n\n')


def _last_line(exc_type, text):
    """'Type: message' for a report without an exception object to hand to the printer."""
    if exc_type is None:
        name = 'None'
    else:
        name = exc_type.__qualname__
        module = exc_type.__module__
        if module not in ('__main__', 'builtins'):
            if not isinstance(module, str):
                module = '<unknown>'
            name = f'{module}.{name}'
    return f'{name}: {text}\n' if text else f'{name}\n'


class TracebackException:
    """What is needed to report an exception later: its type, str(), notes, stack
    summary, SyntaxError details and the reports of its cause, context and (for groups)
    member exceptions. format() and print() render it as the interpreter would."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        nested = _seen is not None
        seen = _seen if nested else set()
        seen.add(id(exc_value))
        self._exc, self._tb, self._limit = exc_value, exc_traceback, limit
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._summarize(_tb_entries(exc_traceback), limit, lookup_lines,
                                             capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename, self.text = exc_value.filename, exc_value.text
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = (None if exc_value.end_lineno is None
                               else str(exc_value.end_lineno))
            self.offset, self.end_offset = exc_value.offset, exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (False if exc_value is None
                                     else exc_value.__suppress_context__)
        if nested:
            return    # the outermost report fills in the whole chain below

        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=seen)

        def report(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            node, exc = pending.pop()
            cause = context = members = None
            if exc and exc.__cause__ is not None and id(exc.__cause__) not in seen:
                cause = report(exc.__cause__)
            wants_context = not compact or (cause is None and exc is not None and
                                            not exc.__suppress_context__)
            if (exc and exc.__context__ is not None and wants_context and
                    id(exc.__context__) not in seen):
                context = report(exc.__context__)
            if exc and isinstance(exc, BaseExceptionGroup):
                members = [report(member) for member in exc.exceptions]
            node.__cause__, node.__context__, node.exceptions = cause, context, members
            if cause:
                pending.append((cause, exc.__cause__))
            if context:
                pending.append((context, exc.__context__))
            if members:
                pending.extend(zip(members, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The report for exc (its own type and traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' part (with SyntaxError details and notes), line by line."""
        if self._exc is None:
            yield _last_line(self.exc_type, self._str)
            return
        yield from _traceback.format_exception_only(self._exc).splitlines(True)

    def format(self, *, chain=True):
        """The whole report (with chained exceptions unless chain is false), as strings
        each ending in a newline."""
        links = self._links(chain)
        exc = self._exc
        if exc is None or (any(entry.locals for _, report in links for entry in report.stack)
                           and not any(report.exceptions for _, report in links)):
            # No exception object for the printer, or captured locals that the printer
            # does not know about: assemble the text here (plain chains only).
            for sentence, report in reversed(links):
                if sentence:
                    yield sentence
                if report.stack:
                    yield 'Traceback (most recent call last):\n'
                    yield from report.stack.format()
                yield from report.format_exception_only()
            return
        # The printer reads exc.__traceback__; show the traceback this report was made with.
        own_tb = exc.__traceback__
        swap = self._tb is not own_tb
        if swap:
            exc.__traceback__ = self._tb
        try:
            text = _traceback.format_exception(exc, chain, _limit_or_default(self._limit))
        finally:
            if swap:
                exc.__traceback__ = own_tb
        yield from _split_output(text)

    def _links(self, chain):
        """(sentence, report) for this report and, when chaining, the causes and contexts
        it leads to; the sentence is what introduces the report that follows it."""
        links = []
        report = self
        while report is not None:
            follow = sentence = None
            if chain:
                if report.__cause__ is not None:
                    follow, sentence = report.__cause__, _CAUSED
                elif report.__context__ is not None and not report.__suppress_context__:
                    follow, sentence = report.__context__, _DURING
            links.append((sentence, report))
            report = follow
        return links

    def print(self, *, file=None, chain=True):
        """Print format(chain=chain) to 'file' (default stderr)."""
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end='')
