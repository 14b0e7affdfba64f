# Exit: threading's own atexit callbacks run (last registered first) while the main thread is
# still alive, before non-daemon threads are joined; registering during shutdown fails; a thread
# started during shutdown is waited for too; the atexit module's callbacks run after all that
import atexit
import threading

release = threading.Event()


def at_shutdown(tag, alive=None):
    print('threading atexit', tag, threading.main_thread().is_alive(), alive)


def late():
    release.wait()
    print('late thread released; main alive:', threading.main_thread().is_alive())
    try:
        threading._register_atexit(print, 'never')
    except RuntimeError as e:
        print('RuntimeError:', e)
    t = threading.Thread(target=lambda: print('thread started during shutdown ran'))
    t.start()


atexit.register(print, 'atexit module callback')
threading._register_atexit(release.set)
threading._register_atexit(at_shutdown, 'first')
threading._register_atexit(at_shutdown, 'second', alive=len(threading.enumerate()))
w = threading.Thread(target=late, name='late')
w.start()
print('main ends', threading.active_count())
