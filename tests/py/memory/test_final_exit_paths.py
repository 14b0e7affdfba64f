# Finalization at exit (issue #3): finalizers still run after an uncaught exception, and the
# exit code stays 1.
import sys


class Tracker:
    def __del__(self):
        print("Tracker finalized, is_finalizing:", sys.is_finalizing())


def gen():
    try:
        yield "started"
    finally:
        print("suspended generator closed")


t = Tracker()
g = gen()
print(next(g))
raise RuntimeError("uncaught at top level")
