cases = [(1, 's'), (1.5, 'd'), ('s', 'd'), ('s', '+'), (1, '.2s'), (1, 'q'), (1.5, 'b'), ('x', '=5'), (1, ',_'), (1, '_,'),
         (1, '10000000000000000000'), (1.5, '.10000000000000000000f'), ([], 'x'), (1j, '=10'), (1j, '010')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(v).__name__, repr(spec), type(e).__name__, e)
