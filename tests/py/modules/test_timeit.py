# timeit: Timer with string and callable statements and setups, timeit/repeat/autorange, globals, the collector disabled while timing, and the errors CPython raises
import timeit, gc
t = timeit.Timer('x = [i for i in range(10)]')
r = t.timeit(number=1000)
print(type(r).__name__, r >= 0)
print(len(t.repeat(repeat=3, number=100)))
print(type(timeit.timeit('pass', number=10)).__name__, len(timeit.repeat('pass', repeat=2, number=10)))
calls = []
def f():
    calls.append(gc.isenabled())
print(timeit.timeit(f, number=5) >= 0, calls)
print(gc.isenabled())
setups = []
timeit.timeit(stmt=lambda: None, setup=lambda: setups.append(1), number=3)
print(setups)
counter = 0
def bump():
    global counter
    counter += 1
timeit.timeit('bump()', globals=globals(), number=7)
print(counter)
print(timeit.timeit('y = z * 2', setup='z = 21', number=3) >= 0)
print(timeit.timeit('for i in range(3):\n    s = i\nt = s', number=2) >= 0)
seen = []
n, took = timeit.Timer('pass').autorange(lambda num, tt: seen.append(num))
print(n >= 1, took >= 0.2, seen[:3], seen[-1] == n)
for bad in [dict(stmt=5), dict(setup=5), dict(stmt='1 +'), dict(stmt='return 5'), dict(setup='x = (')]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.Timer('a\nb').src)
