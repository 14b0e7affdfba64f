# Exit: the main thread's end waits for non-daemon threads; daemon threads do not block it
import threading
import time

release = threading.Event()


def daemon_loop():
    while True:
        time.sleep(0.005)


def late_worker():
    release.wait()
    time.sleep(0.02)
    print('late worker finished after the main program')


d = threading.Thread(target=daemon_loop, daemon=True)
d.start()
w = threading.Thread(target=late_worker)
w.start()
print('daemon alive', d.is_alive(), d.daemon)
print('worker daemon', w.daemon)
child_daemon = []
t = threading.Thread(target=lambda: child_daemon.append(threading.Thread().daemon), daemon=True)
t.start()
t.join()
print('thread made by a daemon is a daemon:', child_daemon)
release.set()
print('main program ends')
