print(list(map(abs, [-1, 2, -3])), list(map(str.upper, 'ab')), list(map(lambda a, b: a + b, 'ab', 'cde')))
print(list(map(pow, [2, 3, 4], [1, 2])), list(map(int, ['1', '2'])), list(map(len, [])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, False, 2, '', 'x'])))
print(list(filter(str.isalpha, 'a1b2c3')), list(filter(bool, [[], [0]])))
m = map(str, range(3))
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [1, 0])
print(type(f).__name__, list(f))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(e)
try:
    map(str)
except TypeError as e:
    print(e)
def noisy(x):
    print('called', x)
    return x
m = map(noisy, [1, 2, 3])
print('map created')
print(next(m))
