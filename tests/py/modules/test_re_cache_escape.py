# re module level: the pattern cache (identity, purge, eviction), compile() argument errors, template(), escape() of str and bytes
import re, warnings
warnings.simplefilter('ignore')
p = re.compile('ab'); print(re.compile('ab') is p, re.compile(p) is p)
re.purge(); print(re.compile('ab') is p, re.compile('ab') == p)
try: re.compile(p, re.I)
except ValueError as e: print(e)
try: re.compile(['x'])
except TypeError as e: print(e)
print(re.compile('a', re.I) is re.compile('a', 2), re.template('a').flags & re.T != 0)
for i in range(600): re.compile('x%d' % i)
print(re.escape(b'a\xffb.'), re.escape('\u00e9 .'))
