if a: b
if c: d; e
if f: g
else: h
