# threading.local: per-thread attributes, subclass __init__ run in each thread, errors
import threading

data = threading.local()
data.x = 'main'
print(type(data).__name__, type(data).__module__, threading.local is type(data))
results = {}


def worker(name):
    results[name + ' before'] = hasattr(data, 'x')
    data.x = name
    results[name + ' after'] = data.x
    results[name + ' dict'] = dict(data.__dict__)


ts = [threading.Thread(target=worker, args=('t%d' % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print('main still', data.x, data.__dict__)
del data.x
print(hasattr(data, 'x'))
try:
    data.x
except AttributeError as e:
    print('AttributeError:', e)


class MyLocal(threading.local):
    count = 0

    def __init__(self, start):
        MyLocal.count += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


ml = MyLocal(10)
ml.bump()
seen = []


def use():
    seen.append(ml.value)
    seen.append(ml.bump())


t = threading.Thread(target=use)
t.start()
t.join()
print(ml.value, seen, MyLocal.count)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
