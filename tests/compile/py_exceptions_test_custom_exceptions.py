class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f'{table} failed with {code}')
        self.table = table
        self.code = code
try:
    raise DbError('users', 42)
except AppError as e:
    print(type(e).__name__, e, e.args, e.table, e.code)
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('ignored')), repr(WithStr('x')))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, repr(e), str(e))
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi('m')
except KeyError as e:
    print('caught as KeyError', [c.__name__ for c in type(e).__mro__])
class Base(Exception):
    def describe(self):
        return 'desc:' + self.__class__.__name__
class Child(Base):
    pass
try:
    raise Child()
except Base as e:
    print(e.describe())
print(issubclass(AppError, Exception), issubclass(AppError, BaseException))
e = AppError('a')
e.extra = 'attr'
print(e.extra, vars(e))
try:
    class NotExc:
        pass
    raise NotExc()
except TypeError as err:
    print(err)
