# Finalization at exit (issue #3): a __del__ that raises at exit prints "Exception ignored".
class Bad:
    __del__ = len  # a builtin: called with no argument, it raises TypeError


class Good:
    def __del__(self):
        print("Good.__del__ runs")


class Worse:
    def __del__(self):
        print("Worse.__del__ runs")
        raise KeyError("at exit")


bad = Bad()
good = Good()
print("done")
