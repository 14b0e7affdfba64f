l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'penult'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
print(l.index(2), l.index(5, 3), l.count(1), l.count('z'))
l2 = l.copy(); l2.append('copy'); print(l, l2)
l.reverse(); print(l)
l.clear(); print(l, len(l))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(9), lambda: [1].index(9), lambda: [1].index(1, 1),
            lambda: [1, 2].insert('x', 1), lambda: [1].extend(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}), list({5}))
print([1, 2] + [3], [0] * 3, 3 * [None], [1, [2]] * 2, [] * 5)
nested = [[]] * 3
nested[0].append(1)
print(nested)
