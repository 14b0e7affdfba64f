try:
    [].pop()
except IndexError:
    raise LookupError('empty stack') from None
