def f(v):
    return f"{v!r:{width}} {w}"
