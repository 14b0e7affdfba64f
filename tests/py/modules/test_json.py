# json: dumps/loads/dump/load with CPython 3.11's output (separators, indent, sort_keys, ensure_ascii, NaN), encoder/decoder classes and hooks, and the decoder's error messages and positions
import json
import json.decoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
from json.encoder import JSONEncoder
data = {'name': 'heap', 'n': [1, 2.5, -3, 1e100, True, False, None], 'nested': {'a': [], 'b': {}},
        'uni': 'h\u00e9llo \u2603 \U0001F600', 'esc': 'q"b\\s\n\t\x01', 3: 'int key', 2.5: 'f', None: 'n', True: 't'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=0))
print(json.dumps([1, [2, [3, []]]], indent=4))
print(json.dumps((1, 2)), json.dumps('x'), json.dumps(None), json.dumps(1.0), json.dumps(float('nan')), json.dumps(-float('inf')))
for bad in [set(), object(), {(1, 2): 3}, float('inf')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d = {}; d['d'] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps({1, 2} if 0 else [3], default=list))
print(json.dumps({1, 2}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        return {'set': sorted(o)}
print(json.dumps({'s': {3, 1}}, cls=E))
s = json.dumps(data)
print(json.loads(s))
print(json.loads('[1, 2.0, -0, 1e5, 1E-2, "a\\u00e9\\ud83d\\ude00", true, false, null, NaN, Infinity, -Infinity]'))
print(json.loads(' {"a" : [ 1 , { } , [ ] ] , "b":"" } '))
print(json.loads(b'{"x": 1}'), json.loads(bytearray(b'[1]')), repr(json.loads('"\\/\\b\\f\\n\\r\\t"')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1.5}', parse_float=str, object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, {"b": 2, "a": 1}]', object_pairs_hook=list, parse_int=float))
print(json.loads('"abc\x01"', strict=False))
for bad in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{1:2}', 'nul', '"abc', '"a\\x"', '"\\u12"',
            '[1] x', '"a\x01"', '\ufeff[]', '{"a":', '[', '{', '  \n  [1,\n 2,,]', '01', '-', '1.', '.5', 'tru']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, e.pos, e.lineno, e.colno)
try: json.loads(5)
except TypeError as e: print(e)
print(json.JSONDecoder().raw_decode('[1] tail'))
import io
f = io.StringIO(); json.dump({'a': [1, 2]}, f, indent=1); print(f.getvalue())
print(json.load(io.StringIO('{"k": [true]}')))
print(json.dumps(10**30), json.dumps(-5), json.dumps(True), json.dumps(3.14159))
print(json.dumps("\u2028\u2029"), json.dumps('\x7f'))
from json.decoder import scanstring
from json.encoder import encode_basestring, encode_basestring_ascii
print(scanstring('"abc" tail', 1), scanstring('x"a\\n\\u00e9\\ud83d\\ude00"', 2), scanstring('"a\tb"', 1, False))
for bad in [('"abc', 1), ('"a\\q"', 1), ('"a\x02"', 1), ('"\\ud83d\\uzzzz"', 1)]:
    try:
        scanstring(*bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
print(encode_basestring('a"b\\c\n\x00\u00e9\U0001F600'), encode_basestring_ascii('a"b\\c\n\x00\u00e9\U0001F600\x7f'))
print(json.dumps(['\u00e9' * 3, 'plain', '\U0001F600']), json.dumps('\u00e9', ensure_ascii=False))
