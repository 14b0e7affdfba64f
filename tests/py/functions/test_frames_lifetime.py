# frame objects outlive their call (the object takes the frame's data over): locals, code,
# globals and line stay readable, f_back links survive, clear(), sizes, GC of frame cycles
import sys, gc

def keep(tag):
    data = [tag] * 2
    return sys._getframe()

f1 = keep('a')
f2 = keep('b')
print(f1 is f2, f1.f_locals, f2.f_locals['data'], f1.f_code.co_name, f1.f_lineno)
print(f1.f_back is sys._getframe(), f1.f_globals is globals(), gc.is_tracked(f1))
print(gc.is_tracked(sys._getframe()))

def chain_kept():
    def level2():
        return sys._getframe()
    inner = 'kept'
    return level2()

f3 = chain_kept()
print(f3.f_code.co_name, f3.f_back.f_code.co_name, f3.f_back.f_locals['inner'],
      f3.f_back.f_back is sys._getframe())

def lasting_value():
    big = list(range(5))
    f = sys._getframe()
    return f

f4 = lasting_value()
del lasting_value
print(f4.f_locals['big'], f4.f_locals['f'] is f4)
print(sys.getrefcount(f4) - sys.getrefcount(object()))

print(f1.clear(), f1.f_locals, f1.f_code.co_name, f1.f_lineno)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)

def clear_running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        return str(e)

print(clear_running())

def small():
    return sys._getframe()

def bigger(a, b, c):
    x = y = z = 0
    return sys._getframe()

print(sys.getsizeof(small()), sys.getsizeof(bigger(1, 2, 3)), sys.getsizeof(sys._getframe()))

gc.collect()

def self_cycle():
    me = sys._getframe()
    return None

self_cycle()
print('frame in a cycle with its locals:', gc.collect())

def exc_cycle():
    try:
        raise ValueError('x')
    except ValueError as e:
        saved = e
    return None

exc_cycle()
print('exception -> traceback -> frame -> locals:', gc.collect())

class Marker:
    def __del__(self):
        print('marker freed')

def hold_marker():
    m = Marker()
    return sys._getframe()

held = hold_marker()
print('frame still holds marker')
del held
print('after del')

def returns_exc():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

err = returns_exc()
print(type(err).__name__, err.__traceback__.tb_frame.f_code.co_name)
del err
print('after dropping the exception')
x = None
print([type(o).__name__ for o in gc.get_referents(f3) if type(o).__name__ == 'frame'])

# module and class bodies run by exec()/class: their frames keep their namespaces alive
def run_exec():
    g = {'v': 'value'}
    try:
        exec("w = v * 2\nraise RuntimeError(w)", g)
    except RuntimeError as e:
        return e

ex = run_exec()
ef = ex.__traceback__.tb_next.tb_frame
print(ef.f_code.co_name, ef.f_globals['w'], ef.f_locals is ef.f_globals, ef.f_lineno)
print(ef.f_back.f_code.co_name, ef.f_back.f_back is sys._getframe())
del ex, ef

def class_error():
    try:
        class Broken:
            attr = 'in body'
            raise LookupError('body')
    except LookupError as e:
        return e

ce = class_error()
cf = ce.__traceback__.tb_next.tb_frame
print(cf.f_code.co_name, cf.f_locals['attr'], cf.f_lineno, cf.f_back.f_code.co_name)
del ce, cf
print(gc.collect() >= 0)
