# dis.dis of a module: every function in its namespace, in name order, under 'Disassembly of NAME:' headers
import dis, sys
def b(x):
    return x + 1
def a():
    return b(2)
zz = lambda: 0
out = []
def w(s):
    out.append(s)
w.write = w
dis.dis(sys.modules['__main__'], file=w)
s = "".join(out)
print(s, end="")
