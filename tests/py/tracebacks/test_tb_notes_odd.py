# odd __notes__ values inside a group: a str is a sequence of characters, a non-sequence shows its repr
def boom(notes):
    e = KeyError('k')
    e.__notes__ = notes
    return e
g = ExceptionGroup('odd notes', [boom('ab'), boom(('t1', 't2\nt3')), boom(b'\x41'), boom(7)])
g.add_note('group note\nsecond line')
raise g
