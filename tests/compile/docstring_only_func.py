def f():
    """Only a docstring."""
class C:
    """Class doc."""
def g():
    pass
