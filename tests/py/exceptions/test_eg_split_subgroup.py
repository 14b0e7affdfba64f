# split() and subgroup() by type, tuple of types and predicate; derive(); metadata copied
def make():
    try:
        raise ExceptionGroup('outer', [
            ValueError(1), TypeError(2),
            ExceptionGroup('mid', [ValueError(3), KeyError(4), ExceptionGroup('deep', [ValueError(5)])]),
            IndexError(6)])
    except ExceptionGroup as e:
        return e
eg = make()
eg.add_note('outer note')
eg.__cause__ = RuntimeError('cause')
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.__traceback__ is eg.__traceback__, r.__cause__ is eg.__cause__, m.__suppress_context__)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
print(repr(eg.subgroup((KeyError, IndexError))))
print(repr(eg.subgroup(lambda e: isinstance(e, int.__class__) or getattr(e, 'args', ()) == (3,))))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(BaseException)[1])
print(repr(eg.subgroup(lambda e: False)), eg.split(ZeroDivisionError))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'deep')))
for bad in (1, 'x', (ValueError, 1), int):
    try:
        eg.split(bad)
    except TypeError as err:
        print(type(bad).__name__, err)
d = eg.derive([KeyError('x')])
print(repr(d), d.__traceback__, d.__cause__, type(eg.derive([KeyboardInterrupt()])).__name__)
print(eg.exceptions[2].exceptions[2].message, len(eg.exceptions))
try:
    eg.exceptions = ()
except AttributeError as err:
    print('readonly', err)
try:
    eg.message = 'x'
except AttributeError as err:
    print('readonly', err)
