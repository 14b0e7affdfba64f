try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
def reraise():
    try:
        raise KeyError('orig')
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraise_as():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    reraise_as()
except ZeroDivisionError as e:
    print('again', e)
class E(Exception):
    pass
try:
    raise E
except E as e:
    print(type(e).__name__, e.args)
err = IndexError('stored')
for _ in range(2):
    try:
        raise err
    except IndexError as e:
        print(e is err)
try:
    raise ValueError('a') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
