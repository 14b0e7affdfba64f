import os
path = '/tmp/heapscope_test_open_text.txt'
with open(path, 'w') as f:
    print(f.write('line one\n'), f.write('línea dos\n'), f.write('3\n'))
    print(f.writable(), f.readable(), f.closed, f.name == path, f.mode)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r', encoding='utf-8') as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, 'a') as f:
    f.write('appended')
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(3)), f.tell() > 0)
    f.seek(0)
    print(repr(f.read(4)))
with open(path, 'w') as f:
    print('via print', 42, file=f)
    f.writelines(['a\n', 'b\n'])
with open(path) as f:
    print(f.read(), end='')
print(os.path.exists(path))
os.remove(path)
print(os.path.exists(path))
try:
    open('/tmp/heapscope_definitely_missing_dir/x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    with open(path, 'w') as f:
        f.read()
except Exception as e:
    print(type(e).__name__, e)
os.remove(path)
try:
    open(path, 'q')
except ValueError as e:
    print(e)
f = open('/tmp/heapscope_test_open_text2.txt', 'w')
f.close()
try:
    f.write('x')
except ValueError as e:
    print(e)
os.remove('/tmp/heapscope_test_open_text2.txt')
