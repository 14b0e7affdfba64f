# dis.dis of functions (loops, calls, comparisons, closures, comprehensions, lambdas, f-strings), to sys.stdout and to a file-like object, code object addresses masked
import dis

out = []


def w(s):
    out.append(s)


w.write = w


def mask(s):
    parts = []
    i = 0
    while True:
        j = s.find(" at 0x", i)
        if j < 0:
            parts.append(s[i:])
            return "".join(parts)
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        parts.append(s[i:j] + " at 0xADDR")
        i = k


def show(x, **kw):
    out.clear()
    dis.dis(x, file=w, **kw)
    print(mask("".join(out)), end="")
    print("-" * 20)


def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0 and i > 1:
            continue
        elif i >= 50:
            break
        total += i * 2
    else:
        total -= 1
    while total > 100:
        total //= 2
    return total


def calls(a, b=2, *args, c, **kw):
    print(a, b, sep="", end="\n")
    x = max(a, b, key=abs)
    y = sorted(args, *kw)
    a.append(b)
    a.b.c(*args, **kw)
    return x, y, {1: a, **kw}, {*args}, [a, *args], a[1:2], a[::2], -a, not a, ~a


def compares(a, b):
    r = a is None, a is not b, a in b, a not in b, a < b, a <= b, a == b, a != b, a > b, a >= b
    if a < b < 10:
        return r
    return a if b else -b


def closures(x):
    y = x + 1

    def inner(z):
        nonlocal y
        y += z
        return x + y

    g = lambda q: q * y
    return inner, g


def comprehensions(data):
    a = [v * 2 for v in data if v]
    b = {k: v for k, v in enumerate(data)}
    c = {v % 3 for v in data}
    d = (v for v in data)
    return a, b, c, sum(d)


def fstrings(a, b, width):
    return f"{a!r:>10} and {b} {a!s} {b!a:{width}} {a:.2f} {{}} {b=}"


def unpacking(seq):
    a, b, *rest = seq
    (c, d), e = seq[0], seq[1]
    a, b = b, a
    del a
    global G
    G = rest
    return b, c, d, e


dis.dis(loops)
dis.dis(compares)
print("=" * 20)
show(calls)
show(closures)
show(comprehensions)
show(fstrings)
show(unpacking)
show(closures, depth=0)
show(comprehensions, depth=1)
show("x = a + b * c")
show("lambda: y")
show("if a:\n    b()\nelse:\n    c = [d for d in e]\n")
