for obj in ([1, 2], (1, 2), 'ab', b'ab', bytearray(b'ab'), {1: 'a'}, {1}, frozenset([1]), range(2),
            {1: 'a'}.keys(), {1: 'a'}.values(), {1: 'a'}.items(), reversed([1]), enumerate('a'),
            zip('a', 'b'), map(str, [1]), filter(None, [1]), iter(lambda: 1, 1), reversed(range(2)),
            reversed('ab'), reversed((1,)), reversed({1: 2}), iter(iter([]))):
    it = iter(obj)
    print(type(obj).__name__, type(it).__name__, iter(it) is it, list(it))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'exhausted'), list(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
lst = [1, 2]
li = iter(lst)
lst.append(3)
print(list(li))
print(next(iter('x')), next(reversed([1, 2])))
e = enumerate(['a', 'b', 'c'], start=10)
print(next(e), list(e))
z = zip([1, 2, 3], 'ab')
print(list(z), list(zip()), list(zip([1])))
