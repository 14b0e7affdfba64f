print(True and False, True or False, not True, not 0)
print(0 and 1, 1 and 2, 0 or 3, '' or 'default', [] or {}, None or 0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None)
print(not 1 == 2, (not 1) == 2)
print(True or 1 / 0)
print(False and 1 / 0)
def t(x):
    print('eval', x)
    return x
print(t(1) or t(2))
print(t(0) and t(2))
print(t(0) or t(0) or t(3))
print(not not [], not not [0])
print(1 if True else 2, 1 if False else 2)
print('a' if 0 else 'b' if 1 else 'c')
print(1 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'x' not in 'abc')
a = [1]
b = a
print(a is b, a is not b, a is [1], None is None)
