# the cp1252 codec (a charmap codec): encoding, decoding, undefined bytes, error handlers
print('€'.encode('cp1252'), 'é\u20ac'.encode('cp1252','replace'), b'a\x81b'.decode('cp1252','replace'), 'é'.encode('windows-1252'))
for s in ('中', 'a\u0178b'):
    try: print(s.encode('cp1252'))
    except Exception as e: print(type(e).__name__, e)
for b in (b'\x81', b'\x80\x9f\xff'):
    try: print(b.decode('cp1252'))
    except Exception as e: print(type(e).__name__, e)
print(bytes(range(256)).decode('cp1252', 'ignore') == ''.join(chr(c) for c in range(256) if c not in (0x81,0x8d,0x8f,0x90,0x9d) and not 0x80 <= c < 0xa0) or 'mixed')
