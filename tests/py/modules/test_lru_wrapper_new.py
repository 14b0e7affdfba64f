# functools._lru_cache_wrapper called directly takes CPython's four arguments (regression: a no-argument call used to make a wrapper that crashed at exit)
import functools
W = functools._lru_cache_wrapper
for args in [(), (len,), (len, None), (len, None, True), (5, None, False, tuple), (len, 'x', False, tuple)]:
    try:
        r = W(*args)
        print(len(args), type(r).__name__)
    except TypeError as e:
        print(len(args), 'TypeError', e)
w = W(abs, 2, False, functools._CacheInfo)
print(w(-3), w(-3), w.cache_info())
u = W(abs, None, True, functools._CacheInfo)
print(u(-1), u(-1.0), u.cache_info())
