# os.PathLike: the fspath protocol's ABC.
import os
class P:
    def __fspath__(self): return '/x'
class Q: pass
print(os.PathLike, isinstance(P(), os.PathLike), isinstance(Q(), os.PathLike), issubclass(P, os.PathLike), os.fspath(P()))
print(os.PathLike[str], os.PathLike.__module__, os.PathLike.__abstractmethods__)
class R(os.PathLike): pass
try: R()
except TypeError as e: print(e)
