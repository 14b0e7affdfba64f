# subclasses of ExceptionGroup: __new__ with extra fields, derive() overrides, split keeps them
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
eg = MyEG('mine', [ValueError(1), TypeError(2)], 42)
print(type(eg).__name__, repr(eg), str(eg), eg.code, eg.args)
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)
class Plain(ExceptionGroup):
    pass
p = Plain('plain', [KeyError('k')])
m2, r2 = Plain('p', [KeyError(1), IndexError(2)]).split(KeyError)
print(type(p).__name__, type(m2).__name__, repr(m2), repr(r2))
print([c.__name__ for c in Plain.__mro__])
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive('b', [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
class BaseSub(BaseExceptionGroup):
    pass
print(type(BaseSub('x', [ValueError()])).__name__, type(BaseSub('x', [SystemExit()])).__name__)
class ExcSub(Exception, BaseExceptionGroup):
    pass
try:
    ExcSub('x', [SystemExit()])
except TypeError as e:
    print(e)
try:
    try:
        raise MyEG('m', [ValueError(1), OSError(2)], 7)
    except* ValueError as caught:
        print('caught', type(caught).__name__, caught.code)
except MyEG as rest:
    print('rest', type(rest).__name__, rest.code, repr(rest))
class AppError(Exception):
    pass
class Outer:
    class InnerError(AppError):
        pass
raise ExceptionGroup('app', [AppError('a'), Outer.InnerError('b'), MyEG('m', [ValueError()])])
