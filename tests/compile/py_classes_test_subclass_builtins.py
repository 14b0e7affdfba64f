class MyList(list):
    def sum(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.sum(), type(l).__name__, type(l + [5]).__name__, type(l[:2]).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = MyDict()
d['a'] = 1
d.update(b=5)
print(d)
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + o + 1000)
print(MyInt(1) + 1, 1 + MyInt(1), type(MyInt(2) * 2).__name__)
class MyStr(str):
    pass
s = MyStr('hi')
print(s.upper(), type(s.upper()).__name__, s == 'hi', hash(s) == hash('hi'))
class Err(Exception):
    pass
print(Err('msg'), repr(Err('msg')), Err('a', 'b').args)
class MyTuple(tuple):
    pass
print(MyTuple([1, 2]), MyTuple((1,)) == (1,))
class MySet(set):
    pass
print(sorted(MySet([3, 1])), type(MySet([1]) | {2}).__name__)
class MyFloat(float):
    def __repr__(self):
        return f'MyFloat({float(self)})'
print(MyFloat(1.5), [MyFloat(2)])
