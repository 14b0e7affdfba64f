"""Module docstring."""
print(__doc__)
def f():
    """Function doc."""
    return 1
print(f.__doc__)
class C:
    """Class doc.

    More lines.
    """
    def m(self):
        'single-quoted doc'
print(repr(C.__doc__))
print(C.m.__doc__)
def g():
    x = 1
    """not a doc"""
print(g.__doc__)
def h():
    f"""not a doc {1}"""
print(h.__doc__)
