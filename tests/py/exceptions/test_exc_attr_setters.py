# BaseException's attributes: setters and their type checks, __dict__, __reduce__, __setstate__
import sys
e = ValueError('x', 2)
def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as err:
        print(label, type(err).__name__, err)
def setattr_(name, value):
    return lambda: setattr(e, name, value)
def delattr_(name):
    return lambda: delattr(e, name)
show('args list', setattr_('args', [1, 2]))
print(e.args, repr(e), str(e))
show('args str', setattr_('args', 'ab'))
print(e.args)
show('args int', setattr_('args', 5))
show('del args', delattr_('args'))
show('tb int', setattr_('__traceback__', 5))
show('tb none', setattr_('__traceback__', None))
show('del tb', delattr_('__traceback__'))
show('cause int', setattr_('__cause__', 5))
show('cause exc', setattr_('__cause__', KeyError('c')))
print(repr(e.__cause__), e.__suppress_context__)
show('cause none', setattr_('__cause__', None))
print(e.__cause__, e.__suppress_context__)
show('del cause', delattr_('__cause__'))
show('context str', setattr_('__context__', 'c'))
show('context exc', setattr_('__context__', TypeError('t')))
print(repr(e.__context__), e.__suppress_context__)
show('del context', delattr_('__context__'))
show('suppress int', setattr_('__suppress_context__', 1))
show('suppress false', setattr_('__suppress_context__', False))
print(e.__suppress_context__)
show('dict set', setattr_('__dict__', {'a': 1}))
print(e.a, vars(e))
show('dict bad', setattr_('__dict__', []))
show('del dict', delattr_('__dict__'))
show('with_traceback bad', lambda: e.with_traceback(3))
try:
    raise KeyError('k')
except KeyError as k:
    tb = k.__traceback__
e2 = RuntimeError('r').with_traceback(tb)
print(e2.__traceback__ is tb, type(tb).__name__)
e2.__traceback__ = None
print(e2.__traceback__)
e3 = OSError('plain')
print(e3.__reduce__())
e3.extra = [1]
print(e3.__reduce__())
print(ValueError('a', 'b').__reduce__())
f = ValueError()
print(f.__setstate__({'x': 1, 'y': 2}), f.x, f.y, f.__setstate__(None))
show('setstate bad', lambda: f.__setstate__([1]))
cls, args, state = e3.__reduce__()
copy = cls(*args)
copy.__setstate__(state)
print(type(copy).__name__, copy.args, copy.extra)
print(sys.getsizeof(ValueError()), sys.getsizeof(KeyError('k')))
print(BaseException.__dictoffset__, ValueError.__dictoffset__)
print(sorted(k for k in BaseException.__dict__ if not k.startswith('__')))
print('with_traceback' in ValueError.__dict__, 'args' in ValueError.__dict__, 'args' in BaseException.__dict__)
