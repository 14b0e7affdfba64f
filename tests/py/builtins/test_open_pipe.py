# open() on os.pipe() fds: text lines over a non-seekable stream, tell/seek refused, large binary read, closefd=False with a name
import os, io
r, w = os.pipe()
wf = open(w, 'w')
rf = open(r)
print(rf.name == r, wf.mode, rf.seekable(), repr(rf).startswith('<_io.TextIOWrapper name='))
wf.write('one\ntwo\nthree')
wf.close()
print(rf.readline(), end='')
try:
    rf.tell()
except OSError as e:
    print(type(e).__name__, e)
try:
    rf.seek(0)
except OSError as e:
    print(type(e).__name__, e)
print(list(rf))
rf.close()
r, w = os.pipe()
os.write(w, b'x' * 20000)
os.close(w)
f = open(r, 'rb')
print(len(f.read()), f.read())
f.close()
f = open(r, 'rb', closefd=False) if False else None
try:
    open('/tmp/x', closefd=False)
except ValueError as e:
    print(e)
