# types.SimpleNamespace compares as its attribute dicts for every operator (ordering fails
# with the dicts' TypeError); queue.SimpleQueue has no instance dict and names itself
# _queue.SimpleQueue in AttributeError.
import types, queue

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = types.SimpleNamespace(x=1)
b = types.SimpleNamespace(x=1)
c = types.SimpleNamespace(x=2)
for op in ('==', '!=', '<', '<=', '>', '>='):
    for other in ('b', 'c'):
        show('a %s %s' % (op, other), lambda: eval('a %s %s' % (op, other)))
# (against a non-namespace the message names the type, which is a Python class here)
show('a == 1', lambda: (a == 1, a != None))
class Sub(types.SimpleNamespace): pass
show('sub', lambda: (Sub(x=1) == a, Sub(x=1) != c))
show('sub<', lambda: Sub(x=1) < a)
q = queue.SimpleQueue()
for attr in ('task_done', 'full', 'maxsize', 'queue', 'qsize'):
    show(attr, lambda: callable(getattr(q, attr)))
def setattr_q():
    q.extra = 1
try:
    setattr_q()
except AttributeError:
    print('no instance dict')
q.put(1); q.put_nowait(2)
show('get', lambda: (q.get(block=False), q.get_nowait(), q.empty(), q.qsize()))
show('empty', lambda: q.get(False))
class SQ(queue.SimpleQueue): pass
s = SQ(); s.extra = 5
show('subclass', lambda: (s.extra, s.qsize()))
show('subclass missing', lambda: s.missing)
