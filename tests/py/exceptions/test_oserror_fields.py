# OSError: errno subclasses, args trimming, str, __reduce__, characters_written, subclasses
import sys
e = OSError(2, 'No such file', 'a.txt')
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e))
print(e.__reduce__())
e = OSError(2, 'x', 'a', None, 'b')
print(e.__reduce__(), str(e))
b = BlockingIOError(11, 'busy', 5)
print(b.characters_written, b.args, str(b), b.filename)
try:
    OSError(1).characters_written
except AttributeError as x:
    print('AE', x)
print(str(OSError(1)), str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).errno)
print(type(FileNotFoundError(13, 'x')).__name__, type(OSError(True, 'p')).__name__)
class MyOS(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = 'e'
m = MyOS(2, 'y')
print(type(m).__name__, m.errno, m.strerror, m.args, m.extra)
class Plain(OSError):
    pass
p = Plain(2, 'z', 'f')
print(type(p).__name__, p.errno, p.args, str(p))
try:
    OSError(2, 'x', k=1)
except TypeError as x:
    print(x)
print(sys.getsizeof(OSError()), IOError is OSError)
b.characters_written = 9
print(b.characters_written)
del b.characters_written
try:
    del b.characters_written
except AttributeError as x:
    print('AE2', x)
