def nothing():
    pass
print(nothing())
class Empty:
    pass
print(Empty.__name__)
x = 1
del x
try:
    x
except NameError as e:
    print('NameError:', e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
p = [1, [2, 3]]
del p[1][0]
print(p)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
def f():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
f()
