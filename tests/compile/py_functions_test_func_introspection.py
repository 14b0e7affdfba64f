def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    return x
co = f.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames)
print(co.co_name, co.co_qualname)
print(f.__defaults__, f.__kwdefaults__)
print(type(co).__name__)
def g():
    def h():
        return v
    v = 1
    return h
print(g.__code__.co_cellvars, g().__code__.co_freevars)
print(f == f, f != g, hash(f) == hash(f))
print(sorted(k for k in dir(f) if k.startswith('__') and k in ('__call__', '__code__', '__name__', '__doc__')))
