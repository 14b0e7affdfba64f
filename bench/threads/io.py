# I/O-bound work: 4 jobs, each sleeping 4 x 25 ms, run by T threads (argv[1]). time.sleep
# releases the GIL, so the sleeps of different threads overlap: 4 threads take ~1/4 the time.
import sys
import threading
import time

JOBS = 4


def job():
    for _ in range(4):
        time.sleep(0.025)


def worker(n):
    for _ in range(n):
        job()


def main():
    t = int(sys.argv[1])
    threads = [threading.Thread(target=worker, args=(JOBS // t,)) for _ in range(t)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()


main()
