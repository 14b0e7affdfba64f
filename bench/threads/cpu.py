# CPU-bound work split over T threads (argv[1]): the same total number of loop iterations
# whatever T is. Under a GIL only one thread runs bytecode at a time: no speed-up.
import sys
import threading

TOTAL = 10_000_000


def spin(n):
    x = 0
    for i in range(n):
        x += i & 7
    return x


def main():
    t = int(sys.argv[1])
    threads = [threading.Thread(target=spin, args=(TOTAL // t,)) for _ in range(t)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()


main()
