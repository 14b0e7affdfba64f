# Finalization at exit (issue #3): a module still alive after sys.modules is emptied has its
# globals set to None, names with one leading underscore first, then the rest in order.
import sys


class Show:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "| LABEL =", LABEL, "| _hidden =", _hidden)


first = Show("first")
_hidden = Show("_hidden")
LABEL = "label"
last = Show("last")
sys.keep_main = sys.modules[__name__]  # keeps __main__ alive until sys is wiped
print("end of script")
