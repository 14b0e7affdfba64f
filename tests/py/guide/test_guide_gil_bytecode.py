# docs/memory-model.md §10 The GIL: each bytecode is atomic, `counter += 1` is not
import dis

counter = 0
items = []


def increment():
    global counter
    counter += 1      # read, add, write: three steps another thread can interleave with


def add_item(x):
    items.append(x)   # one call into C: runs whole while holding the GIL


dis.dis(increment)
dis.dis(add_item)
increment()
add_item(1)
print(counter, items)
