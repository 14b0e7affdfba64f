# an uncaught nested exception group with a note: 3.11's boxed traceback format
def leaf(n):
    raise ValueError(f'bad {n}')
def collect():
    errors = []
    for i in range(3):
        try:
            leaf(i)
        except ValueError as e:
            errors.append(e)
    inner = []
    try:
        raise KeyError('k')
    except KeyError as e:
        inner.append(e)
    errors.append(ExceptionGroup('inner', inner))
    eg = ExceptionGroup('several failures', errors)
    eg.add_note('note on the group')
    raise eg
collect()
