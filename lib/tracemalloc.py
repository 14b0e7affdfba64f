# tracemalloc for heapscope: the Python layer over the C module _tracemalloc
# (src/modules/tracemallocmodule.c), with CPython 3.11's API, texts and sort orders.
# The C side hands out raw data only: a trace is (domain, size, frames, total_nframe) and
# frames is a tuple of (filename, lineno) pairs, innermost call first. Everything here wraps
# or aggregates those tuples. heapscope has no pickle, so Snapshot.dump/load are stubs, and no
# fnmatch, so filename patterns are matched by _Glob below. See docs/internals/tracemalloc.md.
import linecache
from collections.abc import Sequence

from _tracemalloc import (clear_traces, get_traceback_limit, get_traced_memory,
                          get_tracemalloc_memory, is_tracing, reset_peak, start, stop)
from _tracemalloc import _get_object_traceback, _get_traces


# ---------------------------------------------------------------- sizes as text

def _format_size(size, sign):
    """Human-readable byte count: "1023 B", "9.8 KiB", "4096 KiB", "12.5 MiB"...

    Whole numbers are shown up to 10 KiB worth in the current unit; from KiB on, values
    under 100 get one decimal. TiB is the last unit. With sign, a + or - always leads."""
    pattern = "%+.*f %s" if sign else "%.*f %s"
    value = size
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        magnitude = abs(value)
        if unit != "B" and magnitude < 100:
            return pattern % (1, value, unit)
        if magnitude < 10 * 1024 or unit == "TiB":
            return pattern % (0, value, unit)
        value /= 1024


# ---------------------------------------------------------------- glob patterns

class _Glob:
    """A shell-style filename pattern, as fnmatch.fnmatch reads it on POSIX: '*' matches
    any run of characters, '?' one character, '[seq]' / '[!seq]' one character in / not in
    seq (ranges allowed, reversed ranges are empty); a '[' without its ']' is literal."""

    def __init__(self, pattern):
        self.parts = self._parse(pattern)
        self._seen = {}  # name -> result: a snapshot repeats a few file names many times

    @staticmethod
    def _parse(pattern):
        # parts: "*" for a star, None for '?', a str for a literal character, or a tuple
        # (negated, chars, ranges) for a bracket set
        parts = []
        pos, end = 0, len(pattern)
        while pos < end:
            ch = pattern[pos]
            pos += 1
            if ch == "*":
                if not parts or parts[-1] != "*":
                    parts.append("*")
            elif ch == "?":
                parts.append(None)
            elif ch == "[":
                close = pos
                if close < end and pattern[close] == "!":
                    close += 1
                if close < end and pattern[close] == "]":
                    close += 1
                close = pattern.find("]", close)
                if close < 0:
                    parts.append("[")
                    continue
                parts.append(_Glob._parse_set(pattern[pos:close]))
                pos = close + 1
            else:
                parts.append(ch)
        return parts

    @staticmethod
    def _parse_set(body):
        negated = body.startswith("!")
        if negated:
            body = body[1:]
        chars, ranges = set(), []
        i = 0
        while i < len(body):
            # a '-' between two characters makes a range; at either end it is literal
            if i + 2 < len(body) and body[i + 1] == "-":
                low, high = body[i], body[i + 2]
                if low <= high:
                    ranges.append((low, high))
                i += 3
            else:
                chars.add(body[i])
                i += 1
        return negated, chars, ranges

    @staticmethod
    def _one(part, ch):
        if part is None:
            return True
        if type(part) is str:
            return part == ch
        negated, chars, ranges = part
        inside = ch in chars or any(low <= ch <= high for low, high in ranges)
        return inside != negated

    def matches(self, name):
        known = self._seen.get(name)
        if known is None:
            known = self._seen[name] = self._match(name)
        return known

    def _match(self, name):
        parts = self.parts
        p = n = 0
        resume = None  # (part index after the last star, name index it has swallowed up to)
        while n < len(name):
            if p < len(parts) and parts[p] == "*":
                p += 1
                resume = (p, n)
            elif p < len(parts) and self._one(parts[p], name[n]):
                p += 1
                n += 1
            elif resume is not None:
                # let the last star take one more character and retry from there
                p, n = resume[0], resume[1] + 1
                resume = (p, n)
            else:
                return False
        return all(part == "*" for part in parts[p:])


# ---------------------------------------------------------------- frames and tracebacks

class _Keyed:
    """==, ordering and hash through self._key(), against instances of self._peer only;
    anything else gets NotImplemented (so Python raises its usual TypeError)."""
    __slots__ = ()

    def _compare(self, other, test):
        if not isinstance(other, self._peer):
            return NotImplemented
        return test(self._key(), other._key())

    def __eq__(self, other):
        if isinstance(other, self._peer):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash(self._key())


class Frame(_Keyed):
    """One (filename, lineno) position of a traceback."""
    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    def _key(self):
        return self._frame

    filename = property(lambda self: self._frame[0])
    lineno = property(lambda self: self._frame[1])

    def __str__(self):
        return f"{self.filename}:{self.lineno}"

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


class Traceback(_Keyed, Sequence):
    """Frames of an allocation, the outermost call first (the reverse of what
    _tracemalloc gives)."""
    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    # how many frames the allocation had before the limit cut them (None: unknown)
    total_nframe = property(lambda self: self._total_nframe)

    def _key(self):
        return self._frames

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Frame, self._frames[index]))
        return Frame(self._frames[index])

    def __len__(self):
        return len(self._frames)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __repr__(self):
        tail = "" if self._total_nframe is None else f" total_nframe={self._total_nframe}"
        return f"<Traceback {tuple(self)}{tail}>"

    def __str__(self):
        # the outermost frame stands for the whole traceback
        return str(self[0])

    def format(self, limit=None, most_recent_first=False):
        """Lines like traceback's: '  File "x.py", line 3' then the stripped source line,
        if there is one. limit > 0 keeps the innermost frames, limit <= 0 drops them."""
        if limit is None:
            chosen = self
        elif limit > 0:
            chosen = self[-limit:]
        else:
            chosen = self[:limit]
        if most_recent_first:
            chosen = reversed(chosen)
        out = []
        for frame in chosen:
            out.append(f'  File "{frame.filename}", line {frame.lineno}')
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                out.append("    " + source)
        return out


Frame._peer = Frame
Traceback._peer = Traceback


def get_object_traceback(obj):
    """Traceback of where obj was allocated, or None when tracemalloc did not see it
    (not tracing, or allocated before tracing began)."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


# ---------------------------------------------------------------- traces

class Trace:
    """One traced memory block: its domain, size and allocation traceback."""
    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])

    @property
    def traceback(self):
        # (frames,) or (frames, total_nframe)
        return Traceback(*self._trace[2:])

    def __repr__(self):
        size = _format_size(self.size, False)
        return f"<Trace domain={self.domain} size={size}, traceback={self.traceback!r}>"

    def __str__(self):
        return f"{self.traceback}: {_format_size(self.size, False)}"

    def __hash__(self):
        return hash(self._trace)

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented


class _Traces(Sequence):
    """Snapshot.traces: a read-only view of the raw trace tuples as Trace objects."""

    def __init__(self, traces):
        self._traces = traces  # the list _tracemalloc._get_traces() returned

    def __repr__(self):
        return f"<Traces len={len(self)}>"

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(map(Trace, self._traces[index]))
        return Trace(self._traces[index])

    def __len__(self):
        return len(self._traces)


# ---------------------------------------------------------------- statistics

class Statistic:
    """Memory allocated at one place (size in bytes, number of blocks)."""
    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False),
                                          self.count)
        if self.count:
            text += ", average=" + _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % self._fields()

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic of a new snapshot together with its change since an old one."""
    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size, self.size_diff = size, size_diff
        self.count, self.count_diff = count, count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields())

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff)
        if self.count:
            text += ", average=" + _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>" % self._fields()

    def _sort_key(self):
        # biggest changes first, then biggest totals
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


# ---------------------------------------------------------------- filters

class BaseFilter:
    """Common part of Filter and DomainFilter: inclusive filters keep matching traces,
    exclusive ones drop them."""

    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        """True if trace (a raw tuple) passes this filter."""
        raise NotImplementedError


def _normalize_filename(filename):
    # a compiled file's name stands for its source
    return filename[:-1] if filename.endswith(".pyc") else filename


class Filter(BaseFilter):
    """Select traces by filename pattern (and optionally line number and domain). Only the
    innermost frame is looked at unless all_frames is true."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self.lineno, self.all_frames, self.domain = lineno, all_frames, domain
        self._filename_pattern = _normalize_filename(filename_pattern)
        self._glob = _Glob(self._filename_pattern)

    filename_pattern = property(lambda self: self._filename_pattern)

    def _frame_matches(self, filename, lineno):
        if not self._glob.matches(_normalize_filename(filename)):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match(self, trace):
        domain, _, frames, _ = trace
        if self.all_frames:
            hit = any(self._frame_matches(name, line) for name, line in frames)
        else:
            hit = self._frame_matches(*frames[0])
        if self.domain is None:
            return hit == bool(self.inclusive)
        if self.inclusive:
            return hit and domain == self.domain
        return not hit or domain != self.domain


class DomainFilter(BaseFilter):
    """Select traces by address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    domain = property(lambda self: self._domain)

    def _match(self, trace):
        return (trace[0] == self._domain) == bool(self.inclusive)


# ---------------------------------------------------------------- snapshots

_KEY_TYPES = ("traceback", "filename", "lineno")


class Snapshot:
    """The traces of the memory blocks allocated by Python at one moment."""

    def __init__(self, traces, traceback_limit):
        # traces: raw (domain, size, frames, total_nframe) tuples
        self.traceback_limit = traceback_limit
        self.traces = _Traces(traces)

    def dump(self, filename):
        """Write the snapshot into a file (needs pickle, which heapscope lacks)."""
        raise NotImplementedError("heapscope has no pickle: Snapshot.dump is unavailable")

    @staticmethod
    def load(filename):
        """Read a snapshot from a file (needs pickle, which heapscope lacks)."""
        raise NotImplementedError("heapscope has no pickle: Snapshot.load is unavailable")

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass: at least one inclusive filter (if
        there are any) and every exclusive filter. No filters: a copy of all traces."""
        if not hasattr(type(filters), "__iter__"):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        raw = self.traces._traces
        if not filters:
            return Snapshot(raw.copy(), self.traceback_limit)
        keep_if = [f for f in filters if f.inclusive]
        drop_if = [f for f in filters if not f.inclusive]
        kept = []
        for trace in raw:
            if keep_if and not any(f._match(trace) for f in keep_if):
                continue
            if drop_if and not all(f._match(trace) for f in drop_if):
                continue
            kept.append(trace)
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        """{Traceback: Statistic}, keys in order of first appearance."""
        if key_type not in _KEY_TYPES:
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type == "traceback":
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        by_file = key_type == "filename"

        made = {}  # raw key -> Traceback, so equal keys share one object

        def key_of(raw):
            # raw: a whole traceback tuple, or one frame of it in cumulative mode
            tb = made.get(raw)
            if tb is None:
                if key_type == "traceback":
                    frames = raw
                elif by_file:
                    frames = (((raw if cumulative else raw[0])[0], 0),)
                else:
                    frames = (raw,) if cumulative else raw[:1]
                tb = made[raw] = Traceback(frames)
            return tb

        groups = {}
        for _, size, frames, _ in self.traces._traces:
            # cumulative: every frame of the traceback gets the block, not just the first
            for raw in (frames if cumulative else (frames,)):
                tb = key_of(raw)
                stat = groups.get(tb)
                if stat is None:
                    groups[tb] = Statistic(tb, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type ('lineno', 'filename' or 'traceback'),
        biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(key=Statistic._sort_key, reverse=True)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects between old_snapshot and this one, grouped as by
        statistics(), biggest change first."""
        now = self._group_by(key_type, cumulative)
        before = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for tb, stat in now.items():
            old = before.pop(tb, None)
            old_size, old_count = (0, 0) if old is None else (old.size, old.count)
            diffs.append(StatisticDiff(tb, stat.size, stat.size - old_size,
                                       stat.count, stat.count - old_count))
        # what is left existed only in the old snapshot
        diffs.extend(StatisticDiff(tb, 0, -stat.size, 0, -stat.count)
                     for tb, stat in before.items())
        diffs.sort(key=StatisticDiff._sort_key, reverse=True)
        return diffs


def take_snapshot():
    """Snapshot of the blocks traced so far; tracemalloc must be tracing."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
