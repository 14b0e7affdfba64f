def f():
    import os.path
    from x import y as z
    return os, z
