# re: bytes patterns on bytes, bytearray and memoryview; ASCII semantics for bytes
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.pattern, p.flags, p.match(b'key=42'), p.match(b'key=42').groups())
print(p.findall(b'a=1 b=22 \xe9=3'), p.sub(rb'\2=\1', b'a=1 b=22'))
print(p.search(bytearray(b'x k=9')), p.search(bytearray(b'x k=9')).group(1))
print(p.search(memoryview(b'zz q=7')).span())
print(re.findall(rb'\s+', b'a b\tc\x85d\xa0e'), re.findall(rb'\w', b'a\xe9_1'))
print(re.split(rb'\W+', b'one, two; three'), re.escape(b'a.b\xff'))
print(re.match(rb'\x41\101[\x42-\x43]+', b'AACB'), re.match(rb'.', b'\n'), re.match(rb'.', b'\n', re.S))
print(re.match(b'(?i)HELLO', b'hello'), re.fullmatch(b'[^a]*', b'xyz\xff'))
print(re.sub(b'(a)', lambda m: m.group(1).upper(), b'banana'))
print(re.match(rb'(?P<x>a)(?P=x)', b'aa').groupdict(), re.match(b'', b'').span())
print(re.compile(b'a', re.L).flags, re.compile(b'x'), re.compile(b'\\xff'))
