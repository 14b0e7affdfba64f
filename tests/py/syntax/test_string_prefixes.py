# Every 1-3 letter combination of the string prefix letters (and a non-prefix letter) before a
# quoted string: which are literals, which are names, which are syntax errors (CPython's rules).
import itertools
letters = 'bBrRuUfF'
out = []
cands = set()
for n in (1, 2, 3):
    for combo in itertools.product(letters + 'x', repeat=n):
        cands.add(''.join(combo))
for p in sorted(cands):
    for q in ('"', "'"):
        src = p + q + 'ab' + q
        try:
            v = eval(src)
            out.append('%s %r' % (src, v))
        except SyntaxError as e:
            out.append('%s SyntaxError %s %s' % (src, e.msg, e.offset))
        except NameError as e:
            out.append('%s NameError' % src)
print(len(out))
for line in out:
    print(line)
