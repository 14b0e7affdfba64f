class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(bool(B(True)), bool(B(False)))
if B(True):
    print('truthy')
print(not B(False))
print(B(True) and 'and-result')
class L:
    def __len__(self):
        print('len called')
        return 2
print(bool(L()))
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print(e)
print(bool(object()))
