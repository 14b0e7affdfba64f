# SyntaxError positions and text for input without a final newline in eval, exec and single modes
for mode in ('eval','exec','single'):
  for src in ('1 +', '1 +\n', '(1,', 'x = ', 'f(', '1 + *'):
    try: compile(src, '<s>', mode)
    except SyntaxError as e: print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for mode in ('eval','exec','single'):
  for src in ('1 +\n2 +', 'if x:', 'if x:\n', 'def f(:', '"abc', "'''abc", 'a b', 'x +\n', '\n1 +', '(', ')', '1 +\r', 'lambda: (yield)', 'é +'):
    try: compile(src, '<s>', mode)
    except SyntaxError as e: print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else: print(mode, repr(src), 'ok')
