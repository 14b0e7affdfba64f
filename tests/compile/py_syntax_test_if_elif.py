def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
for n in (-5, 0, 3, 100):
    print(n, classify(n))
if []:
    print('empty list true')
else:
    print('empty list false')
if [0]:
    print('nonempty true')
if 0.0 or '' or () or {} or set() or None or 0j:
    print('bad')
else:
    print('all falsy')
x = 5
if x: print('one-liner')
if x > 3:
    if x > 4:
        print('nested')
    else:
        print('no')
