from collections import OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), repr(OrderedDict()))
od.move_to_end('b'); print(list(od))
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {'y': 2, 'x': 1}, {'y': 2, 'x': 1} == o1)
try:
    od.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
o3 = OrderedDict.fromkeys('abc', 0)
o3['a'] = 5
print(o3, list(reversed(o3)), o3 | {'z': 1})
print(OrderedDict(b=1, a=2), type(o3.copy()).__name__)
o3.update([('q', 9)])
print(list(o3.items()), o3.setdefault('r', 7), o3.pop('a'), o3)
print(OrderedDict([(1, OrderedDict([(2, 3)]))]))
