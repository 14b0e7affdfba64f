# tracemalloc snapshots: statistics by lineno/filename/traceback (cumulative or not), compare_to, filter_traces with Filter and DomainFilter, Traceback order and format()
import os
import tracemalloc

HERE = os.path.dirname(__file__)
NAME = os.path.basename(__file__)


def short(text):
    return str(text).replace(HERE + "/", "")


def mine(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, "*" + NAME)])


tracemalloc.start(5)
s1 = tracemalloc.take_snapshot()
data = [i * 1000 for i in range(1000)]
s2 = tracemalloc.take_snapshot()

top = mine(s2).statistics("lineno")
st = top[0]
print(type(st).__name__, short(st.traceback), st.count >= 999, st.size >= 999 * 28)
print("average:", st.size // st.count >= 28)
print("sorted by size:", all(a.size >= b.size for a, b in zip(top, top[1:])))
print("traceback length:", len(st.traceback), type(st.traceback[0]).__name__)
print(st.traceback[0].lineno, os.path.basename(st.traceback[0].filename))

by_file = mine(s2).statistics("filename")
print(short(by_file[0].traceback), by_file[0].traceback[0].lineno, len(by_file))
print("filename total = sum of lines:",
      by_file[0].size == sum(s.size for s in mine(s2).statistics("lineno")))

diff = mine(s2).compare_to(mine(s1), "lineno")
d = diff[0]
print(type(d).__name__, short(d.traceback), d.size_diff == d.size, d.count_diff == d.count)
print("str starts:", short(d).split(": size=")[0], "(+" in str(d))

# frees show up as negative differences
del data
s3 = tracemalloc.take_snapshot()
gone = [x for x in mine(s3).compare_to(mine(s2), "lineno") if x.traceback[0].lineno == 19]
print(len(gone), gone[0].size, gone[0].count, gone[0].size_diff < -27000, gone[0].count_diff <= -999)
print("str of a freed line:", short(gone[0]).split(", average")[0].split(" (")[0])


def leaf(n):
    return [str(i) for i in range(n)]


def middle(n):
    return leaf(n)


def outer(n):
    return middle(n)


kept = outer(500)
s4 = tracemalloc.take_snapshot()
tb_stats = mine(s4).statistics("traceback")
deep = [s for s in tb_stats if s.traceback[-1].lineno == 49][0]
print("frames oldest first:", [f.lineno for f in deep.traceback])
print("total_nframe:", deep.traceback.total_nframe)
for line in deep.traceback.format():
    print(short(line))
print("most recent first, limit 2:")
for line in deep.traceback.format(limit=2, most_recent_first=True):
    print(short(line))
print("limit -1:", [short(l) for l in deep.traceback.format(limit=-1)])
print(short(repr(deep.traceback[0])))
print(deep.traceback[-1] in deep.traceback, deep.traceback.index(deep.traceback[1]))

cum = mine(s4).statistics("lineno", cumulative=True)
lines = {s.traceback[0].lineno: s for s in cum}
print("cumulative counts the callers:", lines[60].count >= 490, lines[57].count == lines[53].count)
cum_file = mine(s4).statistics("filename", cumulative=True)
print("cumulative by filename:", len(cum_file), cum_file[0].traceback[0].lineno)

for bad in (("nothing", False), ("traceback", True)):
    try:
        s4.statistics(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    s4.filter_traces(3)
except TypeError as e:
    print("TypeError:", e)

# filters
f = tracemalloc.Filter(True, "*" + NAME, lineno=49)
print(f.inclusive, f.filename_pattern == "*" + NAME, f.lineno, f.all_frames, f.domain)
only49 = s4.filter_traces([f])
print("one line only:", {t.traceback[-1].lineno for t in only49.traces})
not49 = mine(s4).filter_traces([tracemalloc.Filter(False, "*" + NAME, lineno=49)])
print("line 49 excluded:", 49 not in {t.traceback[-1].lineno for t in not49.traces})
deep_only = s4.filter_traces([tracemalloc.Filter(True, "*" + NAME, lineno=60, all_frames=True)])
print("all_frames keeps the callee frames:", sorted({t.traceback[-1].lineno for t in deep_only.traces})[:2])
dom = s4.filter_traces([tracemalloc.DomainFilter(True, 0)])
print("domain 0 is everything:", len(dom.traces) == len(s4.traces), tracemalloc.DomainFilter(False, 5).domain)
print("domain 1 is nothing:", len(s4.filter_traces([tracemalloc.DomainFilter(True, 1)]).traces))
print("pyc names match their .py:", len(s4.filter_traces([tracemalloc.Filter(True, "*" + NAME + "c")]).traces) > 0)
print("no filters copies:", len(s4.filter_traces([]).traces) == len(s4.traces))
trace = only49.traces[0]
print(type(trace).__name__, trace.domain, trace.size > 0, short(trace.traceback))
print("trace total_nframe:", [t.traceback.total_nframe for t in s4.filter_traces([tracemalloc.Filter(True, "*" + NAME, lineno=49)]).traces][:1])
tracemalloc.stop()
