# int() of bytes and bytearray, with and without a base, and CPython's messages for bad literals.
print(int(b'12'), int(b' -7 '), int(bytearray(b'ff'), 16), int(b'0x1f', 0), int(b'1_000'))
for a in [(b'12x',), (b'',), (b'\xff1',), (b'z', 36), (b'9', 8), (b'a' * 300,), (5.5, 10)]:
    try:
        print(int(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:80])
