# how notes print under an uncaught exception: multi-line notes, non-str items, a chained cause
class Odd:
    def __str__(self):
        return 'odd note'
class Unprintable:
    def __str__(self):
        raise RuntimeError('no')
def parse():
    try:
        int('x')
    except ValueError as e:
        e.add_note('while parsing field 3')
        raise
def load():
    try:
        parse()
    except ValueError as e:
        err = RuntimeError('load failed')
        err.add_note('line one\nline two')
        err.add_note('')
        err.add_note('trailing newline\n')
        err.__notes__.append(Odd())
        err.__notes__.append(Unprintable())
        err.__notes__.append(42)
        raise err from e
load()
