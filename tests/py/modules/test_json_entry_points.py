# json module functions: dump/dumps choosing the shared or a new encoder, load/loads with hooks and cls, bytes input in every encoding detect_encoding knows, type and BOM errors
import io
import json

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()

data = {'b': [1, 2.5, None, True], 'a': 'x\u00e9', 'c': float('inf')}
print(json.dumps(data), json.dumps(data, sort_keys=True), json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, separators=(',', ': ')), json.dumps(data, cls=Upper))
print(json.dumps({1: 2, (1,): 3}, skipkeys=True), json.dumps({'s': {1, 2}}, default=sorted))
print(json.dumps(data, skipkeys=0, ensure_ascii=1, check_circular=1, allow_nan=1, sort_keys=0))
for bad in (lambda: json.dumps(data, allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()),
            lambda: json.dumps([1], bogus=True)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
buf = io.StringIO(); json.dump(data, buf); print(buf.getvalue())
buf = io.StringIO(); json.dump(data, buf, indent='\t', cls=Upper); print(buf.getvalue())
text = '{"k": [1, 2.50, "v"], "n": NaN, "d": {"x": 1}}'
print(json.loads(text), json.loads(text, parse_float=str, parse_int=lambda v: int(v) * 10))
print(json.loads(text, object_hook=lambda d: sorted(d)), json.loads(text, object_pairs_hook=list))
print(json.loads(text, parse_constant=lambda c: 'const:' + c), json.load(io.StringIO(text)))
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        print('Dec', sorted(kw))
        super().__init__(**kw)
print(json.loads('[1]', cls=Dec), json.loads('{"a": 1}', cls=Dec, object_hook=dict, parse_int=float))
doc = '{"t": "h\u00e9 \U0001f600"}'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    raw = doc.encode(enc)
    print(enc, json.detect_encoding(raw), json.loads(raw), json.loads(bytearray(raw)))
for raw in (b'\xef\xbb\xbf[1]', b'\xff\xfe\x00\x00', b'1', b'12', b'\x001', b'1\x00', b'"a"', b'\x00\x00\x00"', b'"\x00\x00\x00', b'\x00"\x00a', b'"\x00a\x00'):
    print(raw, json.detect_encoding(raw))
for bad in (5, None, ['[]'], '\ufeff[1]', '[1] x', '', '{"a" 1}'):
    try:
        print(repr(json.loads(bad)))
    except Exception as e:
        print(type(e).__name__, e)
