# a naked exception caught by except* is wrapped in ExceptionGroup('', [exc]) when re-raised
def f():
    raise ValueError('naked')
try:
    f()
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions, eg.__traceback__)
    raise
