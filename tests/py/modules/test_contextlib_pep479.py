# contextmanager and a StopIteration raised in the with block: the generator turns the thrown
# StopIteration into RuntimeError (PEP 479), and __exit__ lets the original StopIteration
# through with its traceback, as CPython's contextlib does
import contextlib


@contextlib.contextmanager
def plain():
    yield 'p'


def raise_stop():
    with plain():
        raise StopIteration('body')


try:
    raise_stop()
except StopIteration as e:
    print('StopIteration body', e.args, e.__traceback__ is not None)


@contextlib.contextmanager
def catches_runtime():
    try:
        yield
    except RuntimeError as e:
        print('generator saw', type(e).__name__)
        raise


try:
    with catches_runtime():
        raise StopIteration('x')
except StopIteration as e:
    print('stop propagated', e.args)
except RuntimeError as e:
    print('RuntimeError', e)

# __exit__ called by hand with a StopIteration instance
cm = plain()
cm.__enter__()
stop = StopIteration('by hand')
print('exit result', cm.__exit__(StopIteration, stop, None))
