"""Extract, format and print tracebacks (CPython 3.11: Lib/traceback.py), heapscope's own
module with CPython's API. The text comes from the interpreter's own exception printer
through `_traceback` (src/modules/tracebackmodule.c) in the traceback module's variant, so
source lines, carets, chained exceptions, groups and notes match CPython's output.
TracebackException is a smaller class than CPython's: it formats through the same printer."""

import collections.abc
import itertools
import linecache
import sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3  # also in the C printer


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _chunks(text):
    """Split the printer's text into the strings CPython's format_exception yields: the
    header, one per frame entry (its lines together), one per other line, and a chain
    sentence with its blank lines."""
    lines = text.splitlines(True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "'):
            j = i + 1
            while j < len(lines) and lines[j].startswith('    '):
                j += 1
            out.append(''.join(lines[i:j]))
            i = j
        elif (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n' and
              (lines[i + 1].startswith('The above exception') or
               lines[i + 1].startswith('During handling'))):
            out.append(''.join(lines[i:i + 3]))
            i += 3
        else:
            out.append(line)
            i += 1
    return out


# ==== exceptions ====

def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of strings, each ending
    in a newline, which printed give the same text as print_exception()."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    saved = value.__traceback__
    if tb is not saved:
        value.__traceback__ = tb
    try:
        text = _traceback.format_exception(value, chain, _effective_limit(limit))
    finally:
        if tb is not saved:
            value.__traceback__ = saved
    return _chunks(text)


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list of strings, normally one."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n']
    return _traceback.format_exception_only(value).splitlines(True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value,
    sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ==== frames and stacks ====

class FrameSummary:
    """Information about a single frame from a traceback: filename, lineno, name, line,
    locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._code = None
        self._lasti = -1

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from a traceback or stack object ((frame, lineno)
        pairs). As in CPython 3.11, these entries carry no column positions, so they format
        without carets."""
        return klass._extract(((f, lineno, -1) for f, lineno in frame_gen), limit,
                              lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, frame_gen, limit, lookup_lines, capture_locals):
        """'frame_gen' yields (frame, lineno, lasti); lasti >= 0 gives the entry its
        position (traceback entries: carets when formatted)."""
        limit = _effective_limit(limit)
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        fnames = set()
        for f, lineno, lasti in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            f_locals = f.f_locals if capture_locals else None
            fs = FrameSummary(filename, lineno, co.co_name, lookup_line=False,
                              locals=f_locals)
            if lasti >= 0:
                fs._code = co
                fs._lasti = lasti
            result.append(fs)
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or old-style (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        if frame_summary._code is not None and frame_summary.lineno is not None:
            row = _traceback.format_frame_entry(frame_summary._code, frame_summary._lasti,
                                                frame_summary.lineno)
        else:
            row = '  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if frame_summary.line:
                row += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        """Format the stack ready for printing: one string per frame, each ending in a
        newline; runs of more than 3 identical frames are collapsed."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def _walk_tb_with_positions(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback 'tb' (at most 'limit')."""
    return StackSummary._extract(_walk_tb_with_positions(tb), limit, True, False)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # the frame is still executing
        tb = tb.tb_next


class TracebackException:
    """An exception ready for rendering (a smaller class than CPython's: the text comes
    from the same printer as format_exception)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary._extract(_walk_tb_with_positions(exc_traceback), limit,
                                           lookup_lines, capture_locals)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None \
            else False
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            cause, context = exc_value.__cause__, exc_value.__context__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, lookup_lines=lookup_lines,
                                                    capture_locals=capture_locals,
                                                    _seen=_seen)
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, limit=limit,
                                                      lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals,
                                                      _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: strings ending in newlines."""
        if self._exc is None:
            yield _format_final_exc_line(None, None)
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        """Format the exception: strings each ending in a newline."""
        if self._exc is None:
            yield from format_exception(None)
            return
        yield from format_exception(type(self._exc), self._exc, self._tb, limit=self._limit,
                                    chain=chain)

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'
