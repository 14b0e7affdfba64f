# tracemalloc's control functions: start/stop/is_tracing, the traceback limit, traced memory and its peak, reset_peak, clear_traces, and their errors
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback([]))

# argument checking, as _tracemalloc.start's Argument Clinic code
for bad in ("a", 1.5, None):
    try:
        tracemalloc.start(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in (0, -1, 65536, 10 ** 6):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    tracemalloc.start(2 ** 70)
except OverflowError as e:
    print("OverflowError:", e)
try:
    tracemalloc.start(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    tracemalloc.start(nframe=3)
except TypeError as e:
    print("TypeError:", e)
print(tracemalloc.is_tracing())

try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)

tracemalloc.start(10)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(3)  # already tracing: the limit stays
print(tracemalloc.get_traceback_limit())

before, _ = tracemalloc.get_traced_memory()
big = [str(i) * 3 for i in range(2000)]
current, peak = tracemalloc.get_traced_memory()
print("grew by more than 100000 bytes:", current - before > 100000)
print("peak >= current:", peak >= current)
del big
after, peak2 = tracemalloc.get_traced_memory()
print("freed most of it:", current - after > 100000)
print("peak kept:", peak2 >= current)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("peak after reset_peak is near current:", 0 <= peak3 - cur3 < 1000, peak3 < peak2)
print("tracemalloc memory is an int > 0:", type(tracemalloc.get_tracemalloc_memory()).__name__,
      tracemalloc.get_tracemalloc_memory() > 0)

keep = [bytes(1000) for i in range(10)]
tracemalloc.clear_traces()
print(tracemalloc.is_tracing())
cur4, peak4 = tracemalloc.get_traced_memory()
print("after clear_traces little is traced:", cur4 < 2000, peak4 < 2000)
print("objects made before clear_traces are forgotten:", tracemalloc.get_object_traceback(keep[0]))
snap = tracemalloc.take_snapshot()
print("snapshot limit:", snap.traceback_limit)
print(type(snap).__name__, type(snap.traces).__name__, repr(snap.traces)[:12])

tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(snap))
tracemalloc.clear_traces()
tracemalloc.reset_peak()
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
x = [1000 + i for i in range(10)]
print(str(tracemalloc.get_object_traceback(x[3])).rsplit("/", 1)[1])
tracemalloc.stop()
print(tracemalloc.get_object_traceback(x[3]))
