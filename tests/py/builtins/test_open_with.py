# open() and StringIO as context managers: closed on exceptions, two managers in one with, __enter__/__exit__ by hand
import io, os
p = '/tmp/heapscope_t_with.txt'
try:
    with open(p, 'w') as f:
        f.write('partial')
        raise KeyError('boom')
except KeyError as e:
    print('caught', e, f.closed)
with open(p) as f:
    print(f.read())
with io.StringIO('x\ny') as s:
    print(s.readlines())
print(s.closed)
with open(p, 'rb') as b, open(p + '2', 'wb') as c:
    c.write(b.read()[::-1])
with open(p + '2') as f:
    print(f.read(), repr(f))
os.remove(p)
os.remove(p + '2')
f = open(p, 'w')
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
try:
    f.__enter__()
except ValueError as e:
    print(e)
os.remove(p)
