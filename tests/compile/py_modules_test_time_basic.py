import time
t1 = time.monotonic()
time.sleep(0)
t2 = time.monotonic()
print(t2 >= t1, isinstance(t1, float))
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1)
print(time.time() > 1_600_000_000, isinstance(time.time_ns(), int))
print(callable(time.sleep), time.sleep(0) is None)
print(time.gmtime(0)[:6], time.gmtime(86400 * 365).tm_year, time.strftime('%Y-%m-%d', time.gmtime(1_000_000_000)))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
