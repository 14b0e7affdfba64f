# Finalization at exit (issue #3): __del__ of objects left in module globals runs at exit.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "finalizing:", sys.is_finalizing())


a = Noisy("a")
b = Noisy("b")
_private = Noisy("_private")
c = Noisy("c")
items = [Noisy("in list 1"), Noisy("in list 2")]
print("is_finalizing while running:", sys.is_finalizing())
print("end of script")
