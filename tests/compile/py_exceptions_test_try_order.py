def run(raise_it):
    log = []
    try:
        log.append('try')
        if raise_it:
            raise ValueError('x')
        log.append('try end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(run(False))
print(run(True))
def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in (KeyError, IndexError, ZeroDivisionError, OverflowError, TypeError, ValueError('v')):
    print(multi(exc))
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong handler')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer got', e)
e = 'before'
try:
    raise KeyError('k')
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
try:
    pass
except:
    print('never')
else:
    print('bare else')
