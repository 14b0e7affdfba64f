# open(): modes, reprs, newline handling, encodings/errors, CPython's errors, the io layers
import io, os
def _rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            _rmtree(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.lexists(p):
        os.remove(p)

_rmtree('/tmp/heapscope_t_io1')
d = '/tmp/heapscope_t_io1'
if True:
    os.mkdir(d)
p = os.path.join(d, 'a.txt')
f = open(p, 'w')
print(repr(f).replace(d, 'D'), f.name == p, f.mode, f.encoding, f.errors, f.line_buffering)
print(repr(f.buffer).replace(d, 'D'), repr(f.buffer.raw).replace(d, 'D'), f.buffer.mode, f.buffer.raw.mode)
print(f.write('abc\r\ndef\rghi\n'), f.tell())
f.close()
print(repr(f).replace(d, 'D'), repr(f.buffer.raw), f.closed)
for name in ('read', 'write', 'tell', 'readline', 'flush', 'seek', '__enter__', '__next__', 'readlines'):
    try:
        m = getattr(f, name)
        if name == 'write': m('x')
        elif name == 'seek': m(0)
        else: m()
    except ValueError as e:
        print(name, type(e).__name__, e)
f = open(p, 'rb'); print(f.read()); f.close()
for nl in (None, '', '\n', '\r', '\r\n'):
    f = open(p, newline=nl)
    print(repr(nl), f.readlines(), f.tell())
    f.close()
    f = open(p, newline=nl)
    print(repr(nl), repr(f.read(5)), repr(f.read(3)), repr(f.read()))
    f.close()
f = open(p, 'w', newline='\r\n'); f.write('x\ny\n'); f.close()
f = open(p, 'rb'); print(f.read()); f.close()
f = open(p, 'a'); print(f.tell()); f.write('tail'); f.close()
f = open(p); print(repr(f.read())); f.close()
f = open(p, 'r+'); print(repr(f.read(2))); f.seek(0); f.write('Z'); f.seek(0); print(repr(f.read())); f.close()
f = open(p, 'w+'); f.write('hello\nworld\n'); f.seek(0); print(f.readline(), end=''); print(f.tell()); print(list(f)); f.close()
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
f = open(p, 'w', encoding='ascii')
try:
    f.write('é')
except UnicodeEncodeError as e:
    print(e)
f.close()
f = open(p, 'w', encoding='ascii', errors='replace'); f.write('é!'); f.close()
f = open(p); print(f.read()); f.close()
f = open(p, 'wb'); f.write(b'\xff\xfeabc'); f.close()
f = open(p)
try:
    f.read()
except UnicodeDecodeError as e:
    print(e)
f.close()
f = open(p, errors='replace'); print(repr(f.read())); f.close()
f = open(p, errors='ignore'); print(repr(f.read())); f.close()
f = open(p, encoding='latin-1'); print(repr(f.read()), f.encoding); f.close()
try:
    open(p, encoding='nope')
except LookupError as e:
    print('LookupError', e)
for m in ('z', 'rw', 'rr', 'wbt', '', 'r+b+', 'U', 'rt+'):
    try:
        open(p, m).close()
        print(repr(m), 'ok')
    except ValueError as e:
        print(repr(m), e)
for kw in ({'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}):
    try:
        open(p, 'rb', **kw)
    except ValueError as e:
        print(e)
try:
    open(p, newline='x')
except ValueError as e:
    print(e)
try:
    open(p, buffering=0)
except ValueError as e:
    print(e)
try:
    open(1.5)
except TypeError as e:
    print(e)
f = open(p, 'rb', buffering=0); print(type(f).__name__, f.read(2), f.readall()); f.close()
f = open(p, 'rb'); print(type(f).__name__, f.read1(2), f.readline(), f.tell(), f.seekable(), f.readable(), f.writable()); f.close()
f = open(p, 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    f.buffer.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    f.buffer.raw.read()
except ValueError as e:
    print(type(e).__name__, e)
f.close()
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
