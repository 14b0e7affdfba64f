s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'replace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
print('😀'.encode('utf-8'), '😀'.encode('utf-16-le'), '😀'.encode('utf-32-be'), 'A'.encode('utf-16'))
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('cp1252'), '中'.encode('utf-8'))
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e, '|', e.encoding, e.start, e.end, e.reason)
print(b'h\xc3\xa9'.decode(), b'h\xe9'.decode('latin-1'), b'\xff\xfe'.decode('utf-8', 'replace'))
print(b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(repr(b'a\xffb'.decode('utf-8', 'surrogateescape')))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(len('😀'.encode('utf-8')), len('😀'.encode('utf-16-le')), len('é'.encode()))
print('\ud800'.encode('utf-8', 'surrogatepass'))
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
