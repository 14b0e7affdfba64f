import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def original(x: int) -> int:
    """Original doc."""
    return x * 2
print(original.__name__, original.__doc__, original.__qualname__, original.__annotations__, original.__wrapped__.__name__)
print(original(21), original.__module__)
def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def named():
    pass
print(named.__name__)
calls = []
@functools.lru_cache(maxsize=3)
def sq(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@functools.cache
def c(x):
    calls.append(('c', x))
    return x
c(1); c(1)
print(calls[-1], c.cache_info())
try:
    sq([1])
except TypeError as e:
    print(e)
