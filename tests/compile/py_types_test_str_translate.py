t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t2), sorted(t2.items()))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'long', ord('d'): 'D'})
print('abcd'.translate(t3), sorted(t3.items()))
print('hello'.translate({ord('l'): None}), 'hello'.translate({108: 'L'}), 'abc'.translate({}))
print('héllo'.translate({ord('é'): 'e'}), 'abc'.translate({97: 0x263A}))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print(e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print(e)
class Tab:
    def __getitem__(self, k):
        if k == ord('z'):
            raise LookupError
        return k + 1
print('abz'.translate(Tab()))
