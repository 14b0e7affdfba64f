eg = ExceptionGroup('many', [ValueError('v'), TypeError('t')])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message)
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(TypeError)))
try:
    raise eg
except ExceptionGroup as e:
    print('caught group', [type(x).__name__ for x in e.exceptions])
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print(e)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup('b', [ValueError()])
print(type(beg2).__name__)
