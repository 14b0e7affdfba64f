# threading.Thread details: default names and their counter, the group check, subclasses that
# skip __init__, name/daemon setters, reprs, deprecated aliases, __all__, dummy threads
import _thread
import sys
import threading
import warnings


def work():
    pass


class Callable:
    def __call__(self):
        pass


# default names: one counter for every unnamed thread, the target's __name__ in brackets
print(threading.Thread().name, threading.Thread(target=work).name)
print(threading.Thread(target=Callable()).name, threading.Thread(target=len).name)
print(threading.Thread(name='given').name, threading.Thread(name='').name)
print(threading.Thread(name=0, target=work).name, threading.Thread(name=42).name)
print(threading.Timer(1, work).name, threading.Thread(target=lambda: 0).name)
t = threading.Thread(target=work)
t.name = 7
print(repr(t.name), repr(t))
t.daemon = True
print(t.daemon, repr(t))
t.daemon = 0
print(t.daemon, repr(t))
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError:', e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
for what, f in [('start', n.start), ('join', n.join), ('daemon', lambda: setattr(n, 'daemon', True))]:
    try:
        f()
    except RuntimeError as e:
        print(what, 'RuntimeError:', e)
for what, f in [('repr', lambda: repr(n)), ('name', lambda: n.name), ('ident', lambda: n.ident),
                ('is_alive', n.is_alive), ('daemon', lambda: n.daemon)]:
    try:
        f()
    except AssertionError as e:
        print(what, 'AssertionError:', e)

# reprs through a thread's life
gate = threading.Event()
d = threading.Thread(target=gate.wait, name='D', daemon=True)
print(repr(d))
d.start()
print(repr(d).replace(str(d.ident), 'ID'), d.is_alive())
gate.set()
d.join()
print(repr(d).replace(str(d.ident), 'ID'), d.is_alive())
d.join()
d.join(0)
print(d.is_alive())

# arguments reach the target; a run() that returns a value is ignored
got = []
t = threading.Thread(target=lambda *a, **k: got.append((a, k)), args=[1, 2], kwargs={'k': 3})
t.start()
t.join()
print(got)
t = threading.Thread(target=got.append, args=('x',))
t.run()
print(got, hasattr(t, '_target'))

# deprecated aliases warn and still work
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t = threading.Thread(name='old')
    print(t.getName(), t.isDaemon())
    t.setName('older')
    t.setDaemon(True)
    print(t.name, t.daemon)
    print(threading.currentThread() is threading.main_thread(), threading.activeCount())
    e = threading.Event()
    print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message, w.lineno)

print(sorted(threading.__all__))
print(threading.Lock is _thread.allocate_lock, threading.local is _thread._local)
print(threading.get_ident is _thread.get_ident, threading.get_native_id is _thread.get_native_id)
print(threading.stack_size(), threading.ThreadError is _thread.error)
print(threading.RLock().__class__ is _thread.RLock, callable(threading.RLock))
print(threading.__excepthook__ is threading.excepthook)

# settrace/setprofile install the hooks in threads started afterwards
print(threading.gettrace(), threading.getprofile())
seen = []


def tracer(frame, event, arg):
    return None


def profiler(frame, event, arg):
    pass


threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)
t = threading.Thread(target=lambda: seen.append((sys.gettrace() is tracer,
                                                 sys.getprofile() is profiler)))
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
print(seen, threading.gettrace(), threading.getprofile())

# a thread started by _thread is a dummy thread to threading
info = []
done = _thread.allocate_lock()
done.acquire()


def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                 me.ident == _thread.get_ident(), me is threading.current_thread(),
                 me in threading.enumerate(),
                 repr(me).replace(str(me.ident), 'ID')))
    try:
        me.join()
    except AssertionError as e:
        info.append(str(e))
    made = threading.Thread(target=work)
    info.append((made.daemon, made.name))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
for x in info:
    print(x)
print(threading.Thread().name)

# main thread
m = threading.main_thread()
print(type(m).__name__, m.name, m.daemon, m.is_alive(), repr(m).replace(str(m.ident), 'ID'))
try:
    m.join()
except RuntimeError as e:
    print('RuntimeError:', e)
