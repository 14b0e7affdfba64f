# contextlib's public API against CPython: contextmanager's exception semantics, the
# decorator form, closing, nullcontext, suppress, redirect_*, chdir and ExitStack
import contextlib, io, os, sys


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, type(e).__name__, e)


# ---- contextmanager
log = []

@contextlib.contextmanager
def tracked(name, swallow=()):
    """Doc of tracked."""
    log.append('enter ' + name)
    try:
        yield name.upper()
    except swallow as e:
        log.append('swallowed %s' % type(e).__name__)
    finally:
        log.append('exit ' + name)

print(tracked.__name__, tracked.__doc__, tracked.__wrapped__.__name__)
cm = tracked('a')
print(type(cm).__name__, cm.__doc__)
with cm as v:
    print('inside', v)
print(log); log.clear()

with tracked('b', swallow=KeyError):
    raise KeyError('k')
print('after swallow', log); log.clear()

try:
    with tracked('c'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e, log)
log.clear()

# the same exception object comes out, with the body's traceback
err = ValueError('same')
try:
    with tracked('d'):
        raise err
except ValueError as e:
    print('same object', e is err, e.__traceback__ is not None)
log.clear()

@contextlib.contextmanager
def no_yield():
    if False:
        yield

show('no yield', lambda: no_yield().__enter__())

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2

def use_two():
    with two_yields():
        pass
show('two yields', use_two)

@contextlib.contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield

def use_yat():
    with yields_after_throw():
        raise TypeError('t')
show('yield after throw', use_yat)

@contextlib.contextmanager
def replaces():
    try:
        yield
    except ZeroDivisionError as e:
        raise LookupError('replaced') from e

try:
    with replaces():
        1 / 0
except LookupError as e:
    print('replaced', e, type(e.__cause__).__name__)

@contextlib.contextmanager
def plain():
    yield 'p'


@contextlib.contextmanager
def reraises_runtime():
    try:
        yield
    except RuntimeError:
        raise

def use_rr():
    with reraises_runtime():
        raise RuntimeError('rt')
show('RuntimeError body', use_rr)


@contextlib.contextmanager
def returns_early():
    try:
        yield
    except KeyError:
        return

with returns_early():
    raise KeyError('gone')
print('return swallows')

# a generator that swallows and finishes: __exit__ returns True
gcm = returns_early()
gcm.__enter__()
print('exit result', gcm.__exit__(KeyError, KeyError('x'), None))
gcm = plain()
gcm.__enter__()
print('exit none', gcm.__exit__(None, None, None))
# the exception instance may be missing: the type is instantiated
gcm = returns_early()
gcm.__enter__()
print('exit type only', gcm.__exit__(KeyError, None, None))

# as a decorator: a fresh generator per call
@tracked('deco')
def decorated(x):
    log.append('body %s' % x)
    return x * 2

print(decorated(3), decorated(4), decorated.__name__)
print(log); log.clear()

# ---- ContextDecorator
class Loud(contextlib.ContextDecorator):
    def __enter__(self):
        print('Loud enter')
        return self
    def __exit__(self, *exc):
        print('Loud exit', exc[0].__name__ if exc[0] else None)
        return False

@Loud()
def greet(name):
    """greet doc"""
    return 'hi ' + name

print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

# ---- AbstractContextManager
class Minimal(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None

m = Minimal()
with m as got:
    print('default __enter__ returns self', got is m)

class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass

class HalfDuck:
    def __enter__(self): return self

class NoneExit(Duck):
    __exit__ = None

print(issubclass(Duck, contextlib.AbstractContextManager),
      issubclass(HalfDuck, contextlib.AbstractContextManager),
      issubclass(NoneExit, contextlib.AbstractContextManager),
      isinstance(io.StringIO(), contextlib.AbstractContextManager))
show('abstract', lambda: contextlib.AbstractContextManager())
print(contextlib.AbstractContextManager[int])

# ---- closing
class Res:
    def close(self):
        print('closed')

r = Res()
with contextlib.closing(r) as got:
    print('closing gives thing', got is r)
try:
    with contextlib.closing(Res()):
        raise OSError('while open')
except OSError as e:
    print('closing propagates', e)

# ---- nullcontext
with contextlib.nullcontext() as v:
    print('nullcontext', v)
with contextlib.nullcontext([1]) as v:
    print('nullcontext', v)
nc = contextlib.nullcontext('x')
print(nc.enter_result, nc.__exit__(ValueError, ValueError(), None))

# ---- suppress
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with contextlib.suppress():
    pass
show('suppress none', lambda: exec('with contextlib.suppress():\n    1/0', globals()))
show('suppress other', lambda: exec('with contextlib.suppress(KeyError):\n    1/0', globals()))
with contextlib.suppress(LookupError):
    {}['missing']
print('suppressed subclass')
s = contextlib.suppress(ValueError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None),
      s.__exit__(TypeError, TypeError(), None))

# ---- redirect_stdout / redirect_stderr
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('to buffer')
    print('target is buf', target is buf)
print('captured', repr(buf.getvalue()))
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    sys.stderr.write('err text\n')
print('captured err', repr(ebuf.getvalue()))
# reentrant: the same object used nested
outer, inner = io.StringIO(), io.StringIO()
rs = contextlib.redirect_stdout(outer)
with rs:
    print('o1')
    with contextlib.redirect_stdout(inner):
        print('i1')
    with rs:
        print('o2')
    print('o3')
print(repr(outer.getvalue()), repr(inner.getvalue()), sys.stdout is sys.__stdout__)

# ---- chdir
start = os.getcwd()
parent = os.path.dirname(start)
ch = contextlib.chdir('..')
with ch as v:
    print('chdir enter', v, os.getcwd() == parent)
    with contextlib.chdir(start):
        print('nested chdir', os.getcwd() == start)
    print('still', os.getcwd() == parent)
print('back', os.getcwd() == start)
show('chdir missing', lambda: contextlib.chdir('/nonexistent_hs_dir').__enter__())
print('after failed chdir', os.getcwd() == start)

# ---- ExitStack
order = []
with contextlib.ExitStack() as stack:
    print('stack enter returns itself', isinstance(stack, contextlib.ExitStack))
    stack.callback(order.append, 'cb1')
    r = stack.callback(order.append, 'cb2')
    print('callback returns', r == order.append)
    v = stack.enter_context(tracked('es'))
    print('enter_context', v)

    def exit_cb(*exc):
        order.append(('exit_cb', exc))
    print('push returns', stack.push(exit_cb) is exit_cb)
    d = Duck()
    print('push cm', stack.push(d) is d)
print(order, log); order.clear(); log.clear()

show('enter_context non-cm', lambda: contextlib.ExitStack().enter_context(42))
show('enter_context non-cm2', lambda: contextlib.ExitStack().enter_context(HalfDuck()))
try:
    contextlib.ExitStack().callback(callback=print)
except TypeError as e:
    print('callback kw', type(e).__name__, 'callback' in str(e))

# callbacks can use keyword arguments named like the parameters
with contextlib.ExitStack() as stack:
    stack.callback(lambda **kw: print('kw cb', sorted(kw.items())), self=1, callback=2)

# pop_all transfers the callbacks
with contextlib.ExitStack() as stack:
    stack.callback(print, 'transferred')
    moved = stack.pop_all()
print('after with, not yet run')
moved.close()
print(type(moved).__name__)

class MyStack(contextlib.ExitStack):
    pass
print(type(MyStack().pop_all()).__name__)

# suppression by a callback
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError('suppressed by stack')
print('stack suppressed')
print(contextlib.ExitStack().__exit__(None, None, None))
es = contextlib.ExitStack()
es.push(lambda *exc: True)
print(es.__exit__(KeyError, KeyError(), None))

# exception chaining: each callback's exception gets the previous one as context
def raiser(exc):
    def cb(*a):
        raise exc
    return cb

try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(IndexError('first pushed')))
        stack.callback(raiser(KeyError('second pushed')))
        stack.push(raiser(AttributeError('third pushed')))
        raise ValueError('body')
except Exception as e:
    chain = []
    while e is not None:
        chain.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    print('chain', chain)

# an exception raised inside an except block of the caller: the context is fixed up
try:
    try:
        raise NameError('outer')
    except NameError:
        with contextlib.ExitStack() as stack:
            stack.callback(raiser(IndexError('cb')))
except IndexError as e:
    print('cb ctx', type(e.__context__).__name__, e.__context__)

try:
    try:
        raise NameError('outer')
    except NameError:
        with contextlib.ExitStack() as stack:
            stack.callback(raiser(IndexError('cb')))
            raise KeyError('body')
except IndexError as e:
    print('cb ctx2', type(e.__context__).__name__, type(e.__context__.__context__).__name__)

# a callback that raises, then one that suppresses: nothing is raised
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.callback(raiser(IndexError('dropped')))
print('suppressed raised callback')

# suppress inside then raise again
try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(TypeError('late')))
        stack.push(lambda *exc: True)
        raise KeyError('early')
except TypeError as e:
    print('late', e, e.__context__)

# the same exception re-raised by a callback keeps its own context
exc = ValueError('reraised')
def reraise(*a):
    raise exc
try:
    with contextlib.ExitStack() as stack:
        stack.push(reraise)
        raise exc
except ValueError as e:
    print('reraise', e is exc, e.__context__)

# the callbacks see the exception details
seen = []
with contextlib.suppress(ZeroDivisionError):
    with contextlib.ExitStack() as stack:
        stack.push(lambda t, v, tb: seen.append((t.__name__, str(v), tb is not None)))
        1 / 0
print(seen)

# callback wrapper exposes __wrapped__
stack = contextlib.ExitStack()
def named(): print('named ran')
stack.callback(named)
stack.close()
stack.close()

# enter_context on a class with __enter__/__exit__ in the type only
class TypeCM:
    def __enter__(self): print('TypeCM enter'); return 'tc'
    def __exit__(self, *a): print('TypeCM exit'); return False
with contextlib.ExitStack() as stack:
    print(stack.enter_context(TypeCM()))
inst = Duck()
inst.__enter__ = lambda: 1
with contextlib.ExitStack() as stack:
    print('instance attr ignored', stack.enter_context(inst) is inst)

print(sorted(set(contextlib.__all__) & {'contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
    'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress', 'chdir'}))
