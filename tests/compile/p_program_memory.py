import sys
import gc

a = [1, 2, 3]
b = a
print(sys.getrefcount(a))
del b
x = 256
y = 256
print(x is y)
class Cycle:
    def __init__(self):
        self.me = self
c = Cycle()
del c
print(gc.collect())
