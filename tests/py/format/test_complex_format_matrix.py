# format() of complex numbers over a matrix of values and specs, and the spec errors complex refuses
vals = [3+4j, -3-4j, 1j, -1j, 0j, complex(-0.0, 1), 1.5-2.25j, 1e20+1e-20j, complex('inf'), complex(float('nan'), 1)]
specs = ['', '>20', '<20', '^20', '.2f', 'e', '.3E', 'g', 'G', '+', ' ', '+.2f', '#g', '*^30.3g', 'n', '10', '.0f', 'z.1f', '.5']
for v in vals:
    for s in specs:
        try:
            print(repr(s), format(v, s))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
for s in ['010', '=10', 'd', 'x', '%', ',']:
    try:
        print(format(1+2j, s))
    except Exception as e:
        print(type(e).__name__, e)
