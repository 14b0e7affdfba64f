# re: split with maxsplit, groups, empty matches, bytes
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split('(a)|b', 'xaybz'))
print(re.split(',', ''), re.split('', ''), re.split(',', 'a,b', -1))
print(re.split(r'\s+', '  lead and trail  '))
print(re.split(b'-', b'a-b--c'), re.split(rb'(-)', b'a-b'))
print(re.compile(r'\d').split('a1b2c3d', 2))
