# timeit: a deterministic fake timer for exact timeit/repeat/autorange results, the generated source, globals, print_exc naming the generated source, and the module-level names
import io
import sys
import timeit

clock = [0.0]
def fake_timer():
    return clock[0]
def tick():
    clock[0] += 1 / 64

t = timeit.Timer(tick, timer=fake_timer)
print(t.timer is fake_timer, t.timeit(8), t.timeit(0), t.repeat(3, 4), t.repeat(0, 4))
seen = []
print(t.autorange(lambda n, took: seen.append((n, took))), seen)
print(t.autorange())
print(timeit.timeit(tick, timer=fake_timer, number=16), timeit.repeat(tick, timer=fake_timer, repeat=2, number=32))
print(timeit.timeit('tick()', 'tick(); tick()', fake_timer, 4, globals={'tick': tick}))
print(timeit.repeat('tick()', 'pass', fake_timer, 2, 2, {'tick': tick}))
print(timeit.Timer('a = 1', 'b = 2').src)
print(timeit.Timer(tick, lambda: None).src)
print(timeit.Timer('x = 1\ny = x', 'import os\nz = 3').src)
ns = {'values': []}
timeit.Timer('values.append(len(values))', globals=ns).timeit(3)
print(ns['values'], sorted(k for k in ns if k != '__builtins__'))
# with no globals the statement runs in the timeit module's namespace
print(timeit.timeit('default_number', number=1) >= 0, timeit.timeit('reindent', number=1) >= 0)
print(timeit.reindent('a\nb\nc', 2), timeit.dummy_src_name, timeit.default_number, timeit.default_repeat)
print(sorted(timeit.__all__), timeit.Timer.__init__.__defaults__[:2])
bad = timeit.Timer('1 / 0', timer=fake_timer)
try:
    bad.timeit(1)
except ZeroDivisionError:
    out = io.StringIO()
    bad.print_exc(out)
    lines = out.getvalue().splitlines()
    for i, line in enumerate(lines):
        if 'timeit-src' in line:
            print(line.strip())
    print(lines[0], lines[-1])
try:
    timeit.Timer(stmt='x = (', setup='pass')
except SyntaxError as e:
    print(type(e).__name__, e.filename)
try:
    timeit.Timer(stmt='break')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    timeit.Timer(stmt='yield 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
for kw in ({'stmt': None}, {'setup': None}, {'stmt': 3, 'setup': 4}):
    try:
        timeit.Timer(**kw)
    except ValueError as e:
        print('ValueError', e)
