# io class layers, io.open is open, UnsupportedOperation (OSError + ValueError) caught and finally uncaught
import io, os
p = '/tmp/heapscope_test_open_unsupported.txt'
f = open(p, 'w')
print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase),
      isinstance(f.buffer.raw, io.RawIOBase), isinstance(f, io.RawIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(io.TextIOWrapper.__mro__, io.FileIO.__mro__)
print(io.open is open, io.UnsupportedOperation, io.UnsupportedOperation.__mro__)
print(io.UnsupportedOperation.__module__, repr(io.UnsupportedOperation('x')), io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
for call in (f.read, f.readline, f.buffer.read, f.buffer.raw.read):
    try:
        call()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f = open(p)
for call in (lambda: f.write('x'), lambda: f.buffer.write(b'x'), lambda: f.buffer.raw.write(b'x'),
             lambda: f.seek(1, 1), lambda: f.seek(3, 2), lambda: f.buffer.truncate()):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
f.close()
os.remove(p)
f = io.StringIO('abc')
try:
    f.read()
    f.seek(0)
    print(f.fileno())
finally:
    print('finally', f.read())
