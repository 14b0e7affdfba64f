# the code object attributes dis reads: co_code, co_linetable, co_exceptiontable, co_lnotab, co_lines(), co_positions(), _varname_from_oparg
def f(a, *, b=1):
    x = [i * 2 for i in range(a)]
    try:
        return x[0] + len(
            x)
    except IndexError as e:
        return None


def g(n):
    def inner():
        return n
    return inner


def far():
    a = 1



    b = 2
    return (a +
            b)


for fn in (f, g, g(1), far):
    co = fn.__code__
    print(co.co_name, co.co_code)
    print(co.co_linetable)
    print(co.co_exceptiontable)
    print(co.co_lnotab)
    print(list(co.co_lines()))
    print(list(co.co_positions()))
    print(len(co.co_code) // 2 == len(list(co.co_positions())))
    n = len(co.co_varnames) + len([c for c in co.co_cellvars if c not in co.co_varnames])
    n += len(co.co_freevars)
    print([co._varname_from_oparg(i) for i in range(n)])
    try:
        co._varname_from_oparg(n)
    except IndexError as e:
        print("IndexError:", e)
    print(co.co_varnames, co.co_cellvars, co.co_freevars)
big = compile("x = 1\n" + "\n" * 300 + "y = 2\n" + "z = [\n" + "1,\n" * 200 + "]\n", "big", "exec")
print(big.co_lnotab)
print(list(big.co_lines()))
print(type(f.__code__.co_code).__name__, type(f.__code__.co_lnotab).__name__)
