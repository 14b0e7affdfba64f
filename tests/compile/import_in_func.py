def f():
    import os
    from os import path as p
    import a.b.c
    import x.y as z
    return os, p, a, z
