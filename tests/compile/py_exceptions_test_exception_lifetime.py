def f():
    try:
        raise ValueError('x')
    except ValueError as e:
        saved = e
    print('e' in locals(), 'saved' in locals())
    return saved
print(repr(f()))
def g():
    e = 'before'
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err)
print(g())
