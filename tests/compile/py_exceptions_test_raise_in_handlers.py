def f(where):
    try:
        try:
            if where == 'try':
                raise ValueError('in try')
        except ValueError as e:
            raise KeyError('in except') from e
        else:
            if where == 'else':
                raise IndexError('in else')
        finally:
            if where == 'finally':
                raise RuntimeError('in finally')
    except Exception as e:
        ctx = e.__context__
        return f'{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} ctx={type(ctx).__name__ if ctx else None}'
    return 'clean'
for w in ('none', 'try', 'else', 'finally'):
    print(w, '->', f(w))
def both():
    try:
        raise ValueError('first')
    finally:
        try:
            raise TypeError('second')
        except TypeError:
            pass
try:
    both()
except ValueError as e:
    print('original survives inner handled exception:', e)
