# code.replace(): changed fields, rebuilt localsplus from co_varnames/co_cellvars/co_freevars, and CPython's argument errors
def f(a, b):
    c = a + b
    def g():
        return a + c
    return g
c = f.__code__
for kw in ({"foo": 1}, {"co_code": b"abc"}, {"co_name": 1}, {"co_varnames": ("x",)}, {"co_argcount": "1"}, {"co_consts": [1]}):
    try:
        c.replace(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError", e)
c2 = c.replace(co_name="zz", co_firstlineno=50, co_qualname="q.zz")
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, c2.co_varnames, c2.co_cellvars, c2.co_code == c.co_code, c2.co_consts == c.co_consts)
print(list(c2.co_lines()) == [(s, e, l + 48 if l else l) for s, e, l in c.co_lines()])
c3 = c.replace(co_varnames=("p", "q", "r", "s"), co_cellvars=("p", "r"), co_nlocals=4)
print(c3.co_varnames, c3.co_cellvars, c3.co_nlocals, [c3._varname_from_oparg(i) for i in range(4)])
c4 = c.replace(co_cellvars=("a", "zz"))
print(c4.co_varnames, c4.co_cellvars, [c4._varname_from_oparg(i) for i in range(4)])
g = f(1, 2)
print(g.__code__.replace(co_freevars=("x", "y")).co_freevars)
co = compile("x = 41", "s", "exec")
ns = {}
exec(co.replace(co_consts=(42, None)), ns)
print(ns["x"], co.co_consts)
k = lambda: 1
print(k.__code__.replace(co_code=k.__code__.co_code).co_code == k.__code__.co_code)
print(c.replace() is c)
