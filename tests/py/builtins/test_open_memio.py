# io.StringIO / io.BytesIO, and a multi-chunk UTF-8 file read by lines, sizes and bytes
import io, os
def _rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            _rmtree(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.lexists(p):
        os.remove(p)

_rmtree('/tmp/heapscope_t_io2')
s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.tell())
print('via print', 1, 2, file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([l for l in s])
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
try:
    s.write('x')
except ValueError as e:
    print(e)
s = io.StringIO('a\nb\r\nc\rd')
print(s.readlines(), s.tell())
s = io.StringIO('a\nb\r\nc\rd', newline=None)
print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\nb\r\nc\rd', newline='')
print(s.readlines())
s = io.StringIO(newline='\r\n')
s.write('x\ny\n')
print(repr(s.getvalue()))
try:
    io.StringIO(1)
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
s = io.StringIO('abc')
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print(e)
print(s.seek(0, 2), s.seek(0, 1))
b = io.BytesIO(b'abc\ndef\nghi')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b'1\n2\n3')))
b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' there')), b.getvalue(), b.tell())
b.seek(10)
b.write(b'!')
print(b.getvalue())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
try:
    b.write('str')
except TypeError as e:
    print(e)
print(b.truncate(3), b.getvalue(), b.readable(), b.writable(), b.seekable(), b.closed)
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
print(b.closed)
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.IOBase))
d = '/tmp/heapscope_t_io2'
os.mkdir(d)
p = d + '/big.txt'
f = open(p, 'w', encoding='utf-8')
line = 'αβγ' * 1000 + '\n'
for i in range(10):
    f.write(str(i) + line)
f.close()
print(os.path.getsize(p))
f = open(p, encoding='utf-8')
n = 0
total = 0
for l in f:
    n += 1
    total += len(l)
f.close()
print(n, total)
f = open(p, encoding='utf-8')
chunks = []
while True:
    c = f.read(4097)
    if not c:
        break
    chunks.append(len(c))
f.close()
print(chunks)
f = open(p, encoding='utf-8')
print(len(f.readline(10)), f.tell())
f.seek(0)
print(len(f.readline()), f.tell())
f.close()
f = open(p, 'rb')
data = f.read()
print(len(data), data[:4])
f.seek(0)
print(len(f.read(10000)), f.tell(), len(f.readline()), f.tell())
f.close()
f = open(p, 'ab')
print(f.tell(), f.write(b'end'), f.tell())
f.close()
print(os.path.getsize(p))
f = open(p, 'r+b')
print(f.read(3), f.write(b'ZZ'), f.tell())
f.seek(0)
print(f.read(6))
f.close()
os.remove(p)
os.rmdir(d)
