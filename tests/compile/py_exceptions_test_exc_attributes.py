try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
    print(tb.tb_frame.f_code.co_name)
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError('x')
e2 = e.with_traceback(None)
print(e2 is e)
e.args = ('changed', 1)
print(str(e), repr(e))
e = KeyError('a')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
import sys
try:
    raise IndexError('current')
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() if hasattr(sys, 'exception') else 'n/a')
print(sys.exc_info())
