# frame.f_lineno follows the running frame, callers report the line of their call, and
# tracebacks' tb_frame/tb_lineno agree with the frames they recorded
import sys

def moving():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno

    third = f.f_lineno
    return first, second, third, f.f_code.co_firstlineno

print(moving())

def callee():
    return sys._getframe(1).f_lineno

def caller():
    x = callee()
    y = (
        callee()
    )
    return x, y

print(caller())

def returned():
    f = sys._getframe()
    line = f.f_lineno
    return f, line

fr, line = returned()
print(line, fr.f_lineno, fr.f_lasti > 0)

def loop_lines():
    f = sys._getframe()
    seen = []
    for i in range(3):
        seen.append(f.f_lineno)
        if i == 1:
            seen.append(f.f_lineno)
    return seen

print(loop_lines())

def fail(n):
    if n == 0:
        raise KeyError('deep')
    return fail(n - 1)

try:
    fail(2)
except KeyError as e:
    tb = e.__traceback__
    rows = []
    while tb is not None:
        f = tb.tb_frame
        rows.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno, tb.tb_lasti == f.f_lasti))
        tb = tb.tb_next
    print(rows)
    del tb, f

def swallow():
    try:
        {}['k']
    except KeyError as e:
        err = e
    return err

e = swallow()
print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_lineno,
      e.__traceback__.tb_frame.f_lineno, e.__traceback__.tb_next)
print(sorted(e.__traceback__.tb_frame.f_locals))
print(e.__traceback__.tb_frame.f_back is sys._getframe())
print(sys._getframe().f_lineno)
