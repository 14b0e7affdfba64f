# two threads (run with --switch=instructions:5): each step shows both threads' frames
import threading


def worker(n):
    items = []
    for i in range(n):
        items.append(i * 10)
    return items


t = threading.Thread(target=worker, args=(3,))
t.start()
data = [1, 2]
total = 0
for k in range(4):
    total += k
t.join()
print(total)
