def area(w, h):
    assert w > 0 and h > 0, f'bad size {w}x{h}'
    return w * h
print(area(2, 3))
print(area(2, -3))
