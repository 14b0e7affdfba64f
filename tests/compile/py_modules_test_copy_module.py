import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append('x'); a[2]['k'].append('y'); a.append('top')
print(a)
print(s)
print(d)
print(s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'])
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
print(copy.copy('s') == 's', copy.deepcopy(None) is None)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[1] is dc, dc is not cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
dd = {'a': {'b': {'c': 1}}}
ddc = copy.deepcopy(dd)
ddc['a']['b']['c'] = 2
print(dd, ddc)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children[0].children.append(n)
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m.children[0].children[0] is m, m is not n)
sh = copy.copy(n)
print(sh.children is n.children)
print(sorted(copy.deepcopy({3, 1, 2})), copy.copy(frozenset([1])), copy.deepcopy(b'b'), copy.copy(bytearray(b'x')))
