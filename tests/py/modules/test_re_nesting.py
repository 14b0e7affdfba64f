# Deeply nested patterns: CPython parses about 495 levels at the default recursion limit; deeper ones raise RecursionError, never crash
import re
for n in [100, 300, 480]:
    for p in ['(' * n + 'a' + ')' * n, '(?:' * n + 'a' + ')' * n, '(?=' * n + 'a' + ')' * n,
              '(?<=' * n + 'a' + ')' * n, '(?>' * n + 'a' + ')' * n, '(?:a' * n + ')*' * n]:
        c = re.compile(p)
        print(n, len(p), c.groups, c.match('a' * 3))
for n in [2000, 100000]:
    for p in ['(' * n + 'a' + ')' * n, '(?:' * n, '(?=(' * n, 'a|' * n]:
        try:
            print(n, re.compile(p).groups)
        except (RecursionError, re.error) as e:
            print(n, type(e).__name__)
print(re.match('(?:a|b)' * 3000, 'ab' * 1500).span())
print(re.match('(a)' * 500, 'a' * 500).lastindex)
