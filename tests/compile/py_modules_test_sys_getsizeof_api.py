import sys
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()) - 100 > 0)
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
class NotInt:
    def __sizeof__(self):
        return 'x'
try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print(e)
print([].__sizeof__(), ().__sizeof__(), ''.__sizeof__(), (0).__sizeof__(), {}.__sizeof__())
print(sys.getsizeof([]) - [].__sizeof__(), sys.getsizeof(()) - ().__sizeof__(), sys.getsizeof('') - ''.__sizeof__())
