[x for x in y]
[x for x in y if x]
[x for x in y if a if b]
[x * y for x in a for y in b]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[[y for y in x] for x in z]
[x for x, in y]
[(a, b) for a in c if a for b in d]
