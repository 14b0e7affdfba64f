# dis.distb() and dis.dis() with no argument: the innermost frame of sys.last_traceback, its failing instruction marked -->
import dis
import sys


def boom(x, y):
    z = x + 1
    return z / y


def outer(n):
    return boom(n, 0)


for f in (dis.dis, dis.distb):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)

try:
    outer(1)
except ZeroDivisionError as e:
    sys.last_traceback = e.__traceback__
dis.distb()
print("-" * 20)
dis.dis()
print("-" * 20)
dis.disassemble(boom.__code__, 14)
print("-" * 20)
b = dis.Bytecode.from_traceback(sys.last_traceback)
print(b.current_offset, b.codeobj.co_name, b.show_caches)
print(b.dis(), end="")
print(dis.Bytecode.from_traceback(sys.last_traceback, show_caches=True).dis(), end="")
