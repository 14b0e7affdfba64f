# deeply nested data (lists, dicts, objects with Python dunders) and deeply nested source: RecursionError or a result, never a crash
import sys
l = []
for i in range(100000):
    l = [l]
for f in (repr, hash, lambda x: x == x, str):
    try:
        f(l)
        print("ok")
    except RecursionError as e:
        print("RecursionError", e)
    except TypeError as e:
        print("TypeError", e)
class N:
    def __init__(self, n): self.n = n
    def __repr__(self): return repr(self.n)
    def __eq__(self, o): return self.n == o.n
    def __hash__(self): return hash(self.n)
x = 0
for i in range(50000):
    x = N(x)
for f in (repr, hash, lambda x: x == x):
    try:
        f(x)
        print("ok")
    except RecursionError as e:
        print("RecursionError", e)
d = {}
for i in range(100000):
    d = {'a': d}
try:
    print(len(repr(d)))
except RecursionError as e:
    print("RecursionError", e)
src = "(" * 200 + ")" * 200
try:
    eval(src)
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__, e)
src = "-" * 100000 + "1"
try:
    eval(src)
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__, e)
def rec(n): return rec(n+1)
try: rec(0)
except RecursionError as e: print("RecursionError", e)
