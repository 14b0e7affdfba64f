class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s)
d = {Both('a'): 1}
d[Both('a')] = 2
print(len(d), d[Both('a')])
class Sub(Both):
    def __eq__(self, o):
        return False
print(Sub.__hash__)
class Sub2(Both):
    pass
print(Sub2.__hash__ is Both.__hash__)
class HashRet:
    def __hash__(self):
        return 'no'
try:
    hash(HashRet())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Keeps:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(hash(Keeps()) == hash(Keeps()) or True)
