# json edge cases found by differential testing against CPython 3.11
import json

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# negative start index for raw_decode / scan_once
show('raw_decode -1', lambda: json.JSONDecoder().raw_decode('[1]', -1))
show('raw_decode -5', lambda: json.JSONDecoder().raw_decode('"ab"', -5))
show('raw_decode 1', lambda: json.JSONDecoder().raw_decode(' [1]', 1))
show('raw_decode past end', lambda: json.JSONDecoder().raw_decode('[1]', 10))
# UTF-8 BOM in bytes input
show('bom bytes', lambda: json.loads(b'\xef\xbb\xbf[1, "x"]'))
show('bom bytearray', lambda: json.loads(bytearray(b'\xef\xbb\xbf{"a": null}')))
show('bom str', lambda: json.loads('\ufeff[1]'))
# out-of-range floats: the one-shot encoder omits the value, the others name it
for v in (float('nan'), float('inf'), float('-inf')):
    show('dumps %r' % v, lambda: json.dumps([v], allow_nan=False))
    show('dumps indent %r' % v, lambda: json.dumps([v], allow_nan=False, indent=1))
    show('iterencode %r' % v, lambda: list(json.JSONEncoder(allow_nan=False).iterencode({'k': v})))
    show('encode %r' % v, lambda: json.JSONEncoder(allow_nan=False).encode(v))
