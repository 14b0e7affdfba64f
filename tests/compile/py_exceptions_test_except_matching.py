class A(Exception): pass
class B(A): pass
class C(B): pass
def which(exc):
    try:
        raise exc
    except C:
        return 'C'
    except B:
        return 'B'
    except A:
        return 'A'
    except Exception:
        return 'Exception'
print(which(C()), which(B()), which(A()), which(ValueError()))
def first_match(exc):
    try:
        raise exc
    except A:
        return 'A handler first'
    except C:
        return 'unreachable'
print(first_match(C()))
groups = (KeyError, (IndexError, (ZeroDivisionError,)))
try:
    raise ZeroDivisionError
except (KeyError, IndexError, ZeroDivisionError) as e:
    print('tuple match', type(e).__name__)
try:
    try:
        raise ValueError('x')
    except 'not a class':
        pass
except TypeError as e:
    print(e)
handlers = (LookupError,)
try:
    {}['k']
except handlers as e:
    print('variable tuple', repr(e))
try:
    raise BaseException('base')
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', e)
try:
    raise GeneratorExit
except Exception:
    print('no')
except GeneratorExit:
    print('GeneratorExit is not an Exception')
