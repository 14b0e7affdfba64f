[y for x in data if (y := f(x)) is not None]
any((z := w) for w in v)
