def g(data):
    if any((w := v) for v in data):
        return w
