# contextlib details found by differential testing against CPython 3.11
import contextlib

log = []

@contextlib.contextmanager
def tracked():
    log.append('enter')
    try:
        yield 1
    finally:
        log.append('cleanup')

@contextlib.contextmanager
def never_yields():
    if False:
        yield

def show(label, f):
    del log[:]
    try:
        r = f()
        print(label, 'ok', repr(r), log)
    except Exception as e:
        ctx = e.__context__
        print(label, type(e).__name__, e, '| context:', type(ctx).__name__ if ctx else None,
              '| suppress:', e.__suppress_context__, log)

# a generator that does not yield: RuntimeError raised while handling StopIteration
show("didn't yield", lambda: never_yields().__enter__())

# re-entering a used manager: the first attribute it drops is 'args'
def reenter():
    cm = tracked()
    with cm:
        pass
    with cm:
        pass
show('reenter', reenter)

# a manager that yields twice: its generator is closed (cleanup runs) before the error
def twice_exit():
    @contextlib.contextmanager
    def two():
        try:
            yield 1
            yield 2
        finally:
            log.append('closed')
    cm = two()
    cm.__enter__()
    return cm.__exit__(None, None, None)
show("didn't stop", twice_exit)

def twice_after_throw():
    @contextlib.contextmanager
    def two():
        try:
            try:
                yield 1
            except ValueError:
                log.append('caught')
            yield 2
        finally:
            log.append('closed')
    cm = two()
    cm.__enter__()
    return cm.__exit__(ValueError, ValueError('v'), None)
show("didn't stop after throw", twice_after_throw)

# an un-entered manager pushed on an ExitStack: its generator is run and closed
def pushed():
    with contextlib.ExitStack() as s:
        s.push(tracked())
show('pushed unentered', pushed)

# ExitStack's registration methods belong to _BaseExitStack
show('callback no args', lambda: contextlib.ExitStack().callback())
show('push no args', lambda: contextlib.ExitStack().push())
show('enter_context no args', lambda: contextlib.ExitStack().enter_context())
print([c.__name__ for c in contextlib.ExitStack.__mro__])
print(contextlib.ExitStack.callback.__qualname__, contextlib.ExitStack.close.__qualname__)
with contextlib.ExitStack() as s:
    s.callback(log.append, 'cb')
    moved = s.pop_all()
print(type(moved).__name__, log)
moved.close()
print(log)
