def t(name, v=None):
    print('eval', name)
    return v if v is not None else name
d = {}
d[t('key')] = t('value')
print(d)
print(t('a', 1) + t('b', 2) * t('c', 3))
print({t('k1'): t('v1'), t('k2'): t('v2')})
print([t('x'), t('y')])
def f(a, b, c=None):
    return (a, b, c)
print(f(t('arg1'), t('arg2'), c=t('kw')))
lst = [0, 0]
lst[t('idx', 1)] = t('rhs', 9)
print(lst)
a = b = t('chain')
print(a, b)
x, y = t('p', 1), t('q', 2)
print(x, y)
print(t('obj', [1, 2])[t('sub', 0)])
