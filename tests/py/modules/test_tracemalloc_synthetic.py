# tracemalloc Snapshot built from hand-made trace tuples: statistics (lineno/filename/traceback, cumulative), compare_to order and StatisticDiff text, filter_traces with Filter/DomainFilter patterns, Trace and _Traces
import tracemalloc
from tracemalloc import Snapshot, Filter, DomainFilter, Statistic, StatisticDiff, Traceback, Frame

# (domain, size, frames most recent first, total_nframe)
old = Snapshot([
    (0, 100, (("a.py", 1), ("main.py", 10)), 2),
    (0, 100, (("a.py", 1), ("main.py", 10)), 2),
    (0, 50, (("a.py", 2), ("main.py", 11)), 2),
    (1, 4000, (("b.py", 7), ("main.py", 12)), 5),
    (0, 30, (("c.pyc", 3),), 1),
], 3)
new = Snapshot([
    (0, 100, (("a.py", 1), ("main.py", 10)), 2),
    (0, 300, (("a.py", 2), ("main.py", 11)), 2),
    (0, 300, (("a.py", 2), ("main.py", 13)), 2),
    (2, 5000, (("d.py", 4), ("b.py", 7), ("main.py", 12)), 3),
    (0, 20, (("c.pyc", 3),), 1),
    (0, 20, (("c.pyc", 3),), 1),
], 3)

print(new.traceback_limit, repr(new.traces), len(new.traces))
for kind in ("lineno", "filename", "traceback"):
    print("--", kind)
    for st in new.statistics(kind):
        print(st)
        print(repr(st))
for kind in ("lineno", "filename"):
    print("-- cumulative", kind)
    for st in new.statistics(kind, cumulative=True):
        print(st)
for kind in ("lineno", "filename", "traceback"):
    print("-- compare_to", kind)
    for d in new.compare_to(old, kind):
        print(d)
        print(repr(d))
print("-- compare_to cumulative")
for d in new.compare_to(old, "filename", cumulative=True):
    print(d)
for args in (("bogus",), ("traceback", True), ("filename", 1)):
    try:
        print(len(new.statistics(*args)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    new.compare_to(old, "nope")
except ValueError as e:
    print(type(e).__name__, e)


def show(snap):
    return [(t.domain, t.size, str(t.traceback)) for t in snap.traces]


print("-- filters")
print(show(new.filter_traces([Filter(True, "a.py")])))
print(show(new.filter_traces([Filter(True, "a.py", 2)])))
print(show(new.filter_traces([Filter(False, "a.py")])))
print(show(new.filter_traces([Filter(True, "*.py", all_frames=False)])))
print(show(new.filter_traces([Filter(True, "b.py")])))
print(show(new.filter_traces([Filter(True, "b.py", all_frames=True)])))
print(show(new.filter_traces([Filter(False, "main.py", all_frames=True)])))
print(show(new.filter_traces([Filter(True, "c.py")])))
print(show(new.filter_traces([Filter(True, "[ab].py"), Filter(True, "?.pyc")])))
print(show(new.filter_traces([Filter(True, "[!a].py*")])))
print(show(new.filter_traces([Filter(True, "*", domain=2)])))
print(show(new.filter_traces([Filter(False, "a*", domain=0)])))
print(show(new.filter_traces([DomainFilter(False, 0)])))
print(show(new.filter_traces([DomainFilter(True, 0), Filter(False, "a.py", 1)])))
print(show(new.filter_traces(())))
print(show(new.filter_traces([Filter(True, "[a-c].py"), Filter(True, "[.py")])))
print(show(new.filter_traces([Filter(True, "*[")])))
f = Filter(False, "x.pyc", 4, True, 1)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
print(DomainFilter(True, 3).domain, DomainFilter(True, 3).inclusive)
try:
    DomainFilter(True, 3).domain = 4
except AttributeError as e:
    print("AttributeError")
try:
    new.filter_traces(None)
except TypeError as e:
    print(type(e).__name__, e)

print("-- traces")
t0 = new.traces[0]
print(t0, repr(t0), t0 == new.traces[0], hash(t0) == hash(new.traces[0]))
print(t0 in new.traces, tracemalloc.Trace((5, 1, (("z.py", 1),), 1)) in new.traces)
print(new.traces[1:3], new.traces == Snapshot(list(new.traces._traces), 1).traces, new.traces == old.traces)
print(new.traces.index(new.traces[2]), [t.size for t in reversed(new.traces)][:2])
print(t0.traceback.total_nframe, repr(t0.traceback))

print("-- diff ordering and text")
tb = lambda n: Traceback(((n, 1),))
diffs = [StatisticDiff(tb("a.py"), 10, -10, 1, -1), StatisticDiff(tb("b.py"), 5, 10, 2, 2),
         StatisticDiff(tb("c.py"), 20, 10, 1, 1), StatisticDiff(tb("d.py"), 20, 10, 1, 1),
         StatisticDiff(tb("e.py"), 0, 0, 0, 0)]
diffs.sort(reverse=True, key=StatisticDiff._sort_key)
for d in diffs:
    print(d)
print(StatisticDiff(tb("x.py"), 3 * 1024 ** 2, -2 * 1024 ** 2, 3, -2))
print(StatisticDiff(tb("x.py"), 1536, 512, 1, 0))
print(Statistic(tb("x.py"), 0, 0), repr(Statistic(tb("x.py"), 0, 0)))
print(StatisticDiff(tb("x.py"), 1, 1, 1, 1) == StatisticDiff(tb("x.py"), 1, 1, 1, 1),
      StatisticDiff(tb("x.py"), 1, 1, 1, 1) == Statistic(tb("x.py"), 1, 1),
      hash(Statistic(tb("x.py"), 1, 1)) == hash(Statistic(tb("x.py"), 1, 1)))
print(Frame(("q.py", 3)), repr(Frame(("q.py", 3))), Frame(("q.py", 3)) <= Frame(("q.py", 3)),
      Frame(("q.py", 3)) == ("q.py", 3), hash(Frame(("q.py", 3))) == hash(("q.py", 3)))
try:
    Frame(("a", 1)) < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Traceback((("a", 1),)) < 3
except TypeError as e:
    print(type(e).__name__, e)
t = Traceback((("c.py", 3), ("b.py", 2), ("a.py", 1)))
print(t.format(limit=0), t.format(limit=1), t.format(limit=-2, most_recent_first=True))
print(t[5:], t[-1], Traceback(()) == Traceback(()), len(Traceback(())))
print(repr(Traceback((), 0)))
import collections.abc
print(isinstance(t, collections.abc.Sequence), isinstance(new.traces, collections.abc.Sequence))
names = ("BaseFilter DomainFilter Filter Frame Snapshot Statistic StatisticDiff Trace Traceback clear_traces "
         "get_object_traceback get_traceback_limit get_traced_memory get_tracemalloc_memory is_tracing "
         "reset_peak start stop take_snapshot").split()
print([n for n in names if not hasattr(tracemalloc, n)], issubclass(Filter, tracemalloc.BaseFilter),
      issubclass(DomainFilter, tracemalloc.BaseFilter))
# filename patterns follow fnmatch: *, ?, [seq], [!seq], ranges, reversed ranges, unclosed [
for pat, name in (("*.py", "a.py"), ("a*b*c", "axxbyyc"), ("a*b*c", "axxbyy"), ("[!a-c]x", "dx"),
                  ("[!a-c]x", "bx"), ("[]]", "x"), ("[]]", "]"), ("[!]]", "a"), ("[!]", "[!]"),
                  ("[z-a]", "z"), ("[!z-a]", "q"), ("*", ""), ("?", ""), ("[--a]", "-"), ("[--a]", "b"),
                  ("x[", "x["), ("*a", "bba"), ("a**", "a"), ("[a-]", "-"), ("[\\]", "\\"), ("*.PY", "x.py"),
                  ("a?c", "a\nc"), ("*/m.py", "/x/y/m.py"), ("[^a]", "^")):
    snap = Snapshot([(0, 1, ((name, 1),), 1)], 1)
    print(repr(pat), repr(name), len(snap.filter_traces([Filter(True, pat)]).traces))
