# SyntaxErrors with notes inside a group: their source line and caret carry no margin in 3.11
errs = []
for src in ['x x', '(1, 2', 'def f(:\n  pass']:
    try:
        compile(src, '<src>', 'exec')
    except SyntaxError as e:
        e.add_note(f'source was {src!r}')
        errs.append(e)
raise ExceptionGroup('syntax', errs)
