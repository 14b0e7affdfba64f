import gc
gc.disable()
gc.collect()
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
        saved.append(self)
p = Phoenix('p')
del p
print('resurrected:', [x.name for x in saved])
obj = saved.pop()
del obj
print('second death does not call __del__ again:', saved == [])
a = Phoenix('cycle')
a.self = a
del a
print('collect returned', gc.collect())
print('resurrected from cycle:', [x.name for x in saved])
saved.clear()
print('collect after clearing:', gc.collect())
gc.enable()
