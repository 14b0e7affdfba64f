import os
path = '/tmp/heapscope_test_open_binary.bin'
data = bytes(range(256))
with open(path, 'wb') as f:
    print(f.write(data), f.write(b'\r\n'), f.mode)
with open(path, 'rb') as f:
    back = f.read()
print(len(back), back[:5], back[-4:], back[:256] == data)
with open(path, 'rb') as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read(3), f.seek(-2, 2), f.read())
with open(path, 'r+b') as f:
    f.seek(0)
    f.write(b'XY')
with open(path, 'rb') as f:
    print(f.read(4))
with open(path, 'w', encoding='utf-8') as f:
    f.write('é€\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
with open(path, 'w', newline='') as f:
    f.write('a\r\nb\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))
try:
    with open(path, 'wb') as f:
        f.write('text')
except TypeError as e:
    print(e)
print(os.path.getsize(path))
os.remove(path)
