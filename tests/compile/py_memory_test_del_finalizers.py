import gc
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalize', self.name)
print('-- refcount order: a dying list releases its items from the last index down')
items = [F('first'), F('second'), F('third')]
del items
print('-- nested: outer then inner')
class Holder:
    def __init__(self, name, inner):
        self.name = name
        self.inner = inner
    def __del__(self):
        print('finalize holder', self.name)
h = Holder('outer', F('inner'))
del h
print('-- cycle with finalizers needs the collector')
gc.disable()
gc.collect()
a = F('cyc-a')
b = F('cyc-b')
a.peer = b
b.peer = a
del a, b
print('before collect')
n = gc.collect()
print('collected', n)
print('-- __del__ is called only once')
class Once:
    calls = 0
    def __del__(self):
        Once.calls += 1
o = Once()
o.__del__()
print('explicit call counted:', Once.calls)
del o
print('after del:', Once.calls)
gc.enable()
