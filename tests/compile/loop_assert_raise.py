for i in range(3):
    assert i >= 0, i
    if i > 5:
        raise SystemExit(i)
