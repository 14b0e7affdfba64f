f = lambda x=(y := 1): x
g = lambda *a, b=2: b
