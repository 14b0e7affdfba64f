# tracemalloc's text forms: Statistic and StatisticDiff str/repr with CPython's size units (B, KiB, MiB...), Frame and Traceback str/repr/ordering/hashing, Trace str
import tracemalloc
from tracemalloc import Frame, Traceback, Statistic, StatisticDiff

tb = Traceback((("x.py", 5),))
print(Statistic(tb, 1234, 3))
print(StatisticDiff(tb, 1234, 1234, 3, 3))
print(StatisticDiff(tb, 0, -4096, 0, -2))
print(repr(Statistic(tb, 1234, 3)))
print(repr(StatisticDiff(tb, 1234, -20, 3, -1)))
for size in (0, 1, 99, 100, 1023, 1024, 10 * 1024 - 1, 10 * 1024, 99 * 1024, 100 * 1024,
             5 * 1024 ** 2, 123 * 1024 ** 2, 7 * 1024 ** 3, 3 * 1024 ** 4, 5000 * 1024 ** 4):
    print(size, "->", Statistic(tb, size, 1), "|", StatisticDiff(tb, size, -size, 1, -1))

frames = (("b.py", 2), ("a.py", 1))  # most recent first, as _tracemalloc gives them
t = Traceback(frames, 7)
print(t, len(t), t.total_nframe)
print(repr(t))
print([str(f) for f in t], repr(t[0]), t[-1].filename, t[-1].lineno)
print(t[0:1], t[::-1])
print(Traceback(frames) == Traceback(frames, 3), hash(Traceback(frames)) == hash(Traceback(frames)))
print(Traceback((("a.py", 1),)) < Traceback((("a.py", 2),)), Traceback((("a.py", 1),)) >= t)
print(Frame(("a.py", 1)) < Frame(("a.py", 2)), Frame(("b.py", 1)) > Frame(("a.py", 9)))
print(Frame(("a.py", 1)) == Frame(("a.py", 1)), Frame(("a.py", 1)) != Frame(("a.py", 2)))
print(Frame(("a.py", 1)) in t, Frame(("c.py", 1)) in t, t.index(Frame(("b.py", 2))), t.count(t[0]))
print(list(reversed(t)))
print(t.format())
print(Traceback((("<unknown>", 0),)).format())
stats = [Statistic(Traceback((("f.py", i),)), s, c) for i, s, c in
         ((1, 100, 2), (2, 300, 1), (3, 100, 5), (4, 300, 1))]
stats.sort(reverse=True, key=Statistic._sort_key)
print([str(s) for s in stats])
print(Statistic(tb, 1, 1) == Statistic(tb, 1, 1), Statistic(tb, 1, 1) == Statistic(tb, 1, 2))
trace = tracemalloc.Trace((0, 2048, (("m.py", 3), ("n.py", 4)), 2))
print(trace, repr(trace), trace.domain, trace.size)
print(tracemalloc.Filter(True, "a.pyc").filename_pattern)
