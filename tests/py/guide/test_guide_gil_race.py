# docs/memory-model.md §10 The GIL: a lost update with real threads, and the Lock that prevents it
import threading

PRICES = {"apple": 3, "pear": 5}
total = 0
lock = threading.Lock()
a_between = threading.Event()   # thread A has read `total` but not written it back yet
let_a_finish = threading.Event()


def slow_price(item):
    a_between.set()
    let_a_finish.wait()         # a blocking call: A lets go of the GIL right here
    return PRICES[item]


def add_slowly(item):           # thread A
    global total
    total += slow_price(item)   # reads total (0) ... waits ... writes 0 + 3


def add(item):                  # thread B
    global total
    total += PRICES[item]       # reads total (0), writes 0 + 5


a = threading.Thread(target=add_slowly, args=("apple",))
a.start()
a_between.wait()
b = threading.Thread(target=add, args=("pear",))
b.start()
b.join()
print("after B:", total)        # B's update is in
let_a_finish.set()
a.join()
print("after A:", total)        # A wrote back what it read before B ran: B's 5 is lost


def add_slowly_locked(item):
    global total
    with lock:
        total += slow_price(item)


def add_locked(item):
    global total
    with lock:                  # waits until A has written total back
        total += PRICES[item]


total = 0
a_between.clear()
let_a_finish.clear()
a = threading.Thread(target=add_slowly_locked, args=("apple",))
a.start()
a_between.wait()
b = threading.Thread(target=add_locked, args=("pear",))
b.start()                       # B blocks on the lock (and gives up the GIL while it waits)
let_a_finish.set()
a.join()
b.join()
print("with a lock:", total)    # 8: nothing lost
