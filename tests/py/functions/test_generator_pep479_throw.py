# PEP 479: a StopIteration thrown into a suspended generator while another exception is being
# handled becomes a RuntimeError whose cause and context are the StopIteration (regression:
# the RuntimeError's first context was leaked, seen by the debug build's refcount baseline).
def g():
    yield 1
    yield 2


for round_ in range(3):
    it = g()
    next(it)
    try:
        raise StopIteration(round_)
    except StopIteration as v:
        try:
            it.throw(v)
        except RuntimeError as e:
            print(type(e).__name__, e, repr(e.__cause__), e.__context__ is v,
                  e.__cause__ is v, e.__suppress_context__)
    print(list(it))


def h():
    raise StopIteration("direct")
    yield


try:
    try:
        raise KeyError("outer")
    except KeyError:
        next(h())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__cause__.__context__))
