class Sizey:
    def __sizeof__(self):
        return 1234
import sys
print(sys.getsizeof(Sizey()) >= 1234)
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], 'abc'[Idx()], bin(Idx()), range(Idx()), (10).to_bytes(Idx(), 'big'))
class Ctx:
    pass
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(list(reversed(Rev())))
class Fmt:
    def __format__(self, spec):
        return spec.upper() or 'empty'
print(f'{Fmt():abc}', f'{Fmt()}', '{0:x}'.format(Fmt()))
class CI:
    def __contains__(self, x):
        return x == 'yes'
print('yes' in CI(), 'no' in CI(), 'no' not in CI())
class Neg:
    def __neg__(self):
        return 'negated'
print(-Neg())
try:
    +Neg()
except TypeError as e:
    print(e)
try:
    ~Neg()
except TypeError as e:
    print(e)
