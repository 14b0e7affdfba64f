assert a
assert a, "message"
assert a > 0, f"bad {a}"
