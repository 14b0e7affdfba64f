@contextmanager
def cm(x):
    try:
        yield x
    finally:
        cleanup(x)

@dataclass
class P:
    x: int
    def m(self):
        return super().m()
