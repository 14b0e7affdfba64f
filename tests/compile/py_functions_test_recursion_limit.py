import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
print(issubclass(RecursionError, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    measure()
except RecursionError:
    print('depth within limit:', 150 < depth <= 200)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
try:
    count(500)
except RecursionError as e:
    print('caught', type(e).__name__)
sys.setrecursionlimit(1000)
print(count(900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr', e)
