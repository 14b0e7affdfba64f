# dataclass(...) without a class returns CPython 3.11's inner function 'wrap'
import dataclasses
d = dataclasses.dataclass(frozen=True)
print(d.__name__, d.__qualname__)
@d
class P:
    x: int = 1
print(P(), dataclasses.dataclass(order=True).__qualname__)
