# _thread: start_new_thread, allocate_lock, get_ident, _count, stack_size and their errors
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
result = []


def f(a, b, c=None):
    result.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(f, (1, 2), {'c': 3})
done.acquire()
print(result, type(ident), ident != main_ident)
print(isinstance(_thread.get_native_id(), int), _thread.get_ident() == main_ident)
for args in [(1, ()), (f, [1]), (f, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print('TypeError:', e)
print(_thread.LockType, type(_thread.allocate_lock()) is _thread.LockType)
print(_thread.stack_size(), _thread.error)
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError:', e)
try:
    _thread.exit()
except SystemExit as e:
    print('SystemExit', e.args)

# a thread that raises SystemExit ends quietly; _count follows the live threads
gate = _thread.allocate_lock()
gate.acquire()
finished = _thread.allocate_lock()
finished.acquire()
running = _thread.allocate_lock()
running.acquire()


def waits():
    running.release()
    gate.acquire()
    finished.release()
    raise SystemExit


_thread.start_new_thread(waits, ())
running.acquire()
print('count while running', _thread._count())
gate.release()
finished.acquire()
for _ in range(100):
    if _thread._count() == 0:
        break
    time.sleep(0.01)
print('count after', _thread._count())
