# Finalization at exit (issue #3): an import inside __del__ at exit fails as in CPython.
class Importer:
    def __del__(self):
        try:
            import os
        except ImportError as e:
            print("ImportError:", e)
        else:
            print("imported", os.__name__)


class Closer:
    def close(self):
        print("closed")


def use(c):
    try:
        yield c
    finally:
        c.close()


imp = Importer()
gen = use(Closer())
next(gen)
print("end")
