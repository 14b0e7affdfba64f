#!/usr/bin/env python3
"""Write tests/data/vm/cases.txt: code objects compiled by CPython 3.11 from VM_SOURCE below,
serialized so the C test (tests/c/test_vm_bytecode.c) can rebuild them and run them in
heapscope's eval loop, plus the result CPython gives for each test_* function.

Until heapscope's own compiler lands, this checks the eval loop against the real thing:
CPython's bytecode, CPython's answers. The functions use only what the runtime already has
(str, tuple, dict, bool, None, small-int comparisons, calls, closures, exceptions).
Run: python3 tools/gen_vm_cases.py
"""
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_vm_cases.py needs CPython 3.11")

VM_SOURCE = r'''
G = "global"

def concat(a, b="!", *, sep=""):
    return a + sep + b

def test_call_positional():
    return concat("x", "y")

def test_call_default():
    return concat("x")

def test_call_keywords():
    return concat(b="b", a="a", sep="-")

def test_global_and_local():
    local = "local"
    return G + local

def test_tuple_unpack():
    a, b, c = ("1", "2", "3")
    return c + b + a

def test_if_else():
    s = ""
    for x in ("a", "b", "c"):
        if x == "b":
            s = s + "B"
        elif x == "c":
            s = s + "C"
        else:
            s = s + x
    return s

def test_while_break_continue():
    s = ""
    t = ("a", "b", "c", "d", "e")
    for x in t:
        if x == "b":
            continue
        if x == "d":
            break
        s = s + x
    else:
        s = s + "never"
    return s

def test_closure():
    def outer(prefix):
        def inner(x):
            return prefix + x
        return inner
    f = outer("p:")
    return f("q")

def test_nonlocal():
    def counter():
        s = ""
        def add(c):
            nonlocal s
            s = s + c
            return s
        return add
    add = counter()
    add("a")
    add("b")
    return add("c")

def countdown(t):
    if t == ():
        return "done"
    return countdown(t[0])

def test_recursion():
    t = ()
    for _ in ("x",) * 1:
        pass
    for _ in range_like(300):
        t = (t,)
    return countdown(t)

def range_like(n):
    r = ()
    i = (n,)
    return ("",) * n

def test_try_except():
    try:
        {}["missing"]
    except KeyError as e:
        return "caught " + type_name(e)
    return "not caught"

def type_name(e):
    return e.__class__.__name__

def test_try_finally():
    s = ""
    try:
        s = s + "body "
    finally:
        s = s + "finally"
    return s

def test_nested_except_reraise():
    s = ""
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            s = s + "inner "
            raise
    except ValueError as e:
        s = s + "outer " + e.args[0]
    return s

def test_raise_from():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            raise ValueError("v") from e
    except ValueError as e:
        return type_name(e.__cause__) + " " + str_of(e.__suppress_context__)

def str_of(b):
    return "True" if b else "False"

def test_implicit_context():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            {}["other"]
    except KeyError as e:
        return type_name(e.__context__)

def test_dict_literal_and_lookup():
    d = {"a": "1", "b": "2"}
    d["c"] = "3"
    return d["a"] + d["c"]

def test_boolean_ops():
    a = "" or "default"
    b = "x" and "y"
    c = not ""
    return a + b + str_of(c)

def test_comparisons_chain():
    return str_of(1 < 2 < 3) + str_of(1 < 3 < 2) + str_of("a" != "b")

def test_is_and_in():
    return str_of(None is None) + str_of("b" in ("a", "b")) + str_of("z" not in {"z": 1})

def test_uncaught_in_callee():
    return missing_name_here

def test_unbound_local():
    if False:
        x = "never"
    return x

def test_bad_call():
    return concat()

def test_too_many():
    return concat("a", "b", "c")

def test_unexpected_kw():
    return concat("a", nope="x")

def test_list_and_comprehension():
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs if x != 2]
    return f"{ys} {xs + ys} {[*xs, *ys]}"

def test_fstring_formats():
    x = 3.14159
    n = 42
    s = "hi"
    return f"{x:.2f}|{n:>5}|{s!r}|{n:#x}|{s:^6}|{x!s}|{n:,}|{-n:+d}|{'é'!a}"

def test_star_unpack():
    a, *b, c = [1, 2, 3, 4]
    first, *rest = "xyz"
    return f"{a} {b} {c} {first} {rest}"

def test_set_and_slices():
    s = {3, 1, 2}
    t = (0, 1, 2, 3, 4, 5)
    return f"{s} {t[1:4]} {t[::-2]} {'hello'[1:3]} {[0, 1, 2][-2:]}"

def kw(**k):
    return k

def test_kwargs_merge():
    d = {"a": 1}
    return f"{kw(**d, b=2)}"

def test_kwargs_duplicate():
    d = {"a": 1}
    return kw(**d, a=2)

def letters():
    for x in ("a", "b", "c"):
        yield x

def test_generator_iteration():
    out = [c.upper() for c in letters()]
    return "".join(out) + "".join(x + x for x in letters())

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + received

def test_generator_send():
    g = echo()
    first = g.send(None)
    return first + "|" + g.send("a") + "|" + g.send("b")

def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    yield result

def test_yield_from():
    return f"{[v for v in outer()]}"

def closing(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally ran")

def test_generator_close():
    log = []
    g = closing(log)
    g.send(None)
    g.close()
    return f"{log}"

def catching():
    try:
        yield "first"
    except ValueError as e:
        yield "caught " + e.args[0]

def test_generator_throw():
    g = catching()
    a = g.send(None)
    b = g.throw(ValueError("boom"))
    return a + " " + b

def leaks_stop():
    raise StopIteration
    yield

def test_pep479():
    g = leaks_stop()
    return g.send(None)

def test_int_float_arithmetic():
    total = 0
    for i in (1, 2, 3, 4):
        total += i * i
    return f"{total} {7 // 2} {7 % 3} {2 ** 10} {7 / 2} {-7 // 2} {1.5 * 2}"
'''

def kinds_of(co):
    names, kinds = [], []
    cells = set(co.co_cellvars)
    for v in co.co_varnames:
        names.append(v)
        kinds.append(0x20 | (0x40 if v in cells else 0))
    for c in co.co_cellvars:
        if c not in co.co_varnames:
            names.append(c)
            kinds.append(0x40)
    for f in co.co_freevars:
        names.append(f)
        kinds.append(0x80)
    return names, kinds


def emit_const(c, out):
    if c is None:
        out.append("none")
    elif c is True:
        out.append("true")
    elif c is False:
        out.append("false")
    elif c is Ellipsis:
        out.append("ellipsis")
    elif isinstance(c, int):
        out.append(f"int {c}")
    elif isinstance(c, float):
        out.append(f"float {c.hex()}")
    elif isinstance(c, str):
        out.append("str " + c.encode("utf-8", "surrogatepass").hex())
    elif isinstance(c, frozenset):
        out.append(f"frozenset {len(c)}")
        for x in c:
            emit_const(x, out)
    elif isinstance(c, tuple):
        out.append(f"tuple {len(c)}")
        for x in c:
            emit_const(x, out)
    elif hasattr(c, "co_code"):
        emit_code(c, out)
    else:
        raise SystemExit(f"unsupported constant {c!r}")


def emit_code(co, out):
    names, kinds = kinds_of(co)
    out.append(f"code {co.co_name} {co.co_qualname} {co.co_firstlineno} {co.co_flags} "
               f"{co.co_argcount} {co.co_posonlyargcount} {co.co_kwonlyargcount} {co.co_stacksize}")
    out.append("bytecode " + co.co_code.hex())
    out.append("linetable " + co.co_linetable.hex())
    out.append("exctable " + co.co_exceptiontable.hex())
    out.append(f"localsplus {len(names)}")
    for n, k in zip(names, kinds):
        out.append(f"{k} {n}")
    out.append(f"names {len(co.co_names)}")
    for n in co.co_names:
        out.append(n)
    out.append(f"consts {len(co.co_consts)}")
    for c in co.co_consts:
        emit_const(c, out)
    out.append("end")




def main():
    ns = {"__name__": "vm_cases"}
    code = compile(VM_SOURCE, "vm_cases.py", "exec")
    exec(code, ns)


    lines = []
    emit_code(code, lines)
    for name in sorted(n for n in ns if n.startswith("test_")):
        try:
            r = ns[name]()
            lines.append(f"expect {name} value {r.encode('utf-8').hex() if isinstance(r, str) else repr(r)}")
        except Exception as e:
            lines.append(f"expect {name} raises {type(e).__name__} " + str(e).encode().hex())
    with open("tests/data/vm/cases.txt", "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote tests/data/vm/cases.txt ({len(lines)} lines)")


if __name__ == "__main__":
    main()
