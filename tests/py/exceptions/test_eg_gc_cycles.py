# exception groups in reference cycles: gc.collect() finds the same number of objects as CPython
import gc, sys
gc.collect()
def make():
    e = ValueError('v')
    eg = ExceptionGroup('x', [e])
    e.__context__ = eg
    eg.add_note('n')
make()
print(gc.collect())
def make2():
    try:
        raise ExceptionGroup('y', [KeyError(1)])
    except* KeyError as k:
        k.self_ref = k
make2()
print(gc.collect())
print(gc.is_tracked(ExceptionGroup('z', [ValueError()])))
