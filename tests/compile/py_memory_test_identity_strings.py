import sys
def demo():
    a = 'hello'
    b = 'hel' + 'lo'
    print('constant-folded identifier-like literal:', a is b)
    c = ''.join(['hel', 'lo'])
    print('runtime-built equal string:', a is c, a == c)
    print('sys.intern gives the interned one:', sys.intern(c) is a)
    s1 = 'hello world!'
    s2 = ''.join(['hello ', 'world!'])
    print('non-identifier runtime string:', s1 is s2, s1 == s2)
    print('interned copies:', sys.intern(s2) is sys.intern(s1))
    rt = ''.join(['a', 'x', 'b'])
    print('one-char strings from indexing and chr() share the latin-1 cache:', rt[1] is chr(120))
    print('one-char slice also uses the cache:', rt[1:2] is chr(120))
    u = ''.join(['é', 'z'])[0]
    print('latin-1 char cached:', u is chr(233))
    w = ''.join(['中', 'z'])[0]
    print('non-latin-1 char not cached:', w is chr(0x4e2d), w == chr(0x4e2d))
    e1 = ''
    e2 = 'abc'[3:]
    e3 = str()
    print('empty string singleton:', e1 is e2, e1 is e3)
    class K:
        attrname = 1
    name = [k for k in vars(K) if k == 'attrname'][0]
    print('attribute names are interned:', name is 'attrname'[:])
demo()
