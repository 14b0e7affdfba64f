def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
print([safe_div(1, x) for x in (1, 0, 2)])
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print('escaped comprehension:', e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(e)
try:
    sum(int(s) for s in ['1', 'two'])
except ValueError as e:
    print(e)
def gen_err():
    for i in range(3):
        if i == 2:
            raise KeyError(i)
        yield i
got = []
try:
    for v in gen_err():
        got.append(v)
except KeyError as e:
    print('partial', got, repr(e))
