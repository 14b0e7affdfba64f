# FutureWarnings for set syntax (nested sets, set operations) and case-insensitive sets with U+0130
import re
import warnings
warnings.simplefilter('always')
for p in ['[[a]', '[a--b]', '[a&&b]', '[a~~b]', '[a||b]', '[--a]', '[a-z--]', '[a-\\-]', '[\\[a]', '[^[a]',
          '[&&a]', '[a&&]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            re.compile(p)
        except re.error as e:
            print('error:', e)
        print(repr(p), [(x.category.__name__, str(x.message)) for x in w])
for p, s in [('(?i)[A-Z]+', 'İi'), ('(?i)[a-z]+', 'İıK'), ('(?i)[^a-z]', 'İ'), ('(?i)[K]', 'k\u212a'),
             ('(?i)[ſ]', 'sS'), ('(?i)[\u0130]', 'iI\u0130'), ('(?i)i', '\u0130\u0131'), ('(?ia)[a-z]+', 'İıK')]:
    print(repr(p), re.findall(p, s))
