cases = [
    Exception(), Exception('a'), Exception('a', 'b'), Exception(1), Exception(None),
    ValueError(''), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1),
    IndexError('list index out of range'), TypeError('t'), StopIteration(5), StopIteration(),
    OSError(2, 'No such file'), OSError('plain'), FileNotFoundError(2, 'No such file', 'f.txt'),
    SystemExit(3), SystemExit(), UnicodeError('u'), AttributeError('attr'),
    NameError('n'), ZeroDivisionError('division by zero'), AssertionError(),
    BaseException('base'), ArithmeticError(), RuntimeError('r', 1),
]
for e in cases:
    print(type(e).__name__, '|', repr(e), '|', str(e), '|', e.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
fe = FileNotFoundError(2, 'No such file', 'f.txt')
print(fe.errno, fe.strerror, fe.filename, isinstance(fe, OSError))
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
print(KeyError('k').args[0], str(KeyError('k')), str(KeyError('')))
print(NameError('n', name='zz').name if hasattr(NameError('n'), 'name') else 'no name')
