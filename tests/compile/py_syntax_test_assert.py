assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('caught', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('caught', repr(e), str(e))
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
def check(x):
    assert x >= 0, f'negative: {x}'
    return x
print(check(3))
try:
    check(-2)
except AssertionError as e:
    print(e)
print(__debug__)
