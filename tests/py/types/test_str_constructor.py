# str() and the singleton types' constructors, including their errors (regression: NoneType() used to free None).
print(str(), str(5), str([1,'a']), str(b'ab'), str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(object=3))
print(str(encoding='x'), repr(str(b'a\xffb', 'ascii', 'replace')))
for a in [("a","utf-8"), (1,"utf-8"), (b"x", 1)]:
    try:
        str(*a)
    except TypeError as e:
        print(e)
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    str(b'', 'nope')
except LookupError as e:
    print(e)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print(e)

for a in [('a',1),('a','utf-8',1)]:
    try:
        bytes(*a)
    except TypeError as e:
        print(e)
