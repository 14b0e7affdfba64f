def check(v):
    assert v > 0, v
    return v
for v in (1, 0, -1):
    try:
        check(v)
        print('ok', v)
    except AssertionError as e:
        print('fail', e.args, repr(e))
try:
    assert (1, 2) == (1, 3), {'k': 'dict message'}
except AssertionError as e:
    print(e.args[0])
x = [1]
try:
    assert not x, f'x should be empty but is {x}'
except AssertionError as e:
    print(e)
