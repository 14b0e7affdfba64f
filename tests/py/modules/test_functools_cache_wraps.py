# functools.lru_cache/cache (eviction order, keys with kwargs and typed, cache_info, errors, getsizeof) and update_wrapper/wraps.
import sys
import functools
from functools import lru_cache, cache, wraps, update_wrapper


def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
log = []


@lru_cache(maxsize=2)
def f(x, y=0):
    log.append((x, y))
    return x + y


for args in [(1,), (2,), (1,), (3,), (2,), (1,), (1, 5), (1,), (3,)]:
    f(*args)
print(log, f.cache_info())
log.clear()
f(1, y=2); f(1, y=2); f(y=2, x=1); f(1, 2)
print(log, f.cache_info(), f.cache_info().hits, f.cache_info()[1], tuple(f.cache_info()))
h, m, mx, cur = f.cache_info()
print(h, m, mx, cur, f.cache_info() == (h, m, mx, cur), type(f.cache_info()).__name__)
print(f.cache_parameters(), f.__wrapped__.__name__, f.__name__, f.__qualname__, f.__module__)
f.cache_clear()
print(f.cache_info(), sys.getsizeof(f), type(f).__name__)
calls = []


@lru_cache(maxsize=0)
def nocache(x):
    calls.append(x)
    return x


nocache(1); nocache(1)
print(calls, nocache.cache_info(), nocache.cache_parameters())


@lru_cache(maxsize=-3)
def neg(x):
    return x


neg(1); neg(1)
print(neg.cache_info())


@lru_cache(None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind('1'), kind(1), kind.cache_info())


@lru_cache(typed=True)
def kw(a, **k):
    return a, sorted(k.items())


print(kw(1, z=2), kw(1, z=2.0), kw(1, z=2), kw.cache_info())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info(), fact(25), fact.cache_info())
err(lru_cache, 'x')
err(lambda: fact([1]))
err(lambda: lru_cache(maxsize=1.5))
err(lambda: f(1, 2, 3))
bare = lru_cache(lambda x: x * 2)
print(bare(4), bare(4), bare.cache_info(), bare.cache_parameters())
keyed = lru_cache(maxsize=10)(lambda *a, **k: len(a) + len(k))
print(keyed(1, 2), keyed((1, 2)), keyed(a=1), keyed('a'), keyed('a'), keyed.cache_info())


def target(a, b=2):
    "target doc"
    return a * b


target.__annotations__ = {'a': int}
target.attr = 'copied'


def wrapper(*a, **k):
    return target(*a, **k)


r = update_wrapper(wrapper, target)
print(r is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.attr, wrapper.__wrapped__ is target)
print(wrapper(3), wrapper.__qualname__, wrapper.__dict__ == {'attr': 'copied', '__wrapped__': target})


def w2():
    pass


update_wrapper(w2, print, assigned=(), updated=())
print(w2.__name__, w2.__module__, w2.__wrapped__ is print)


def w3():
    "own"


update_wrapper(w3, target, assigned=('__doc__',), updated=())
print(w3.__name__, w3.__doc__, hasattr(w3, 'attr'))
deco = wraps(target)
print(type(deco).__name__, deco.keywords['wrapped'] is target, deco.keywords['updated'])


@wraps(target, assigned=('__name__',))
def w4():
    "w4 doc"


print(w4.__name__, w4.__doc__, w4.attr)
err(update_wrapper, w4)
err(wraps)
lst = []
for i in range(3):
    g = lru_cache(maxsize=1)(lambda x, i=i: x + i)
    lst.append((g(1), g(1), g(2), g.cache_info()))
print(lst)
print(type(f.cache_info()), type(f).__module__, type(f.cache_info()).__module__)
