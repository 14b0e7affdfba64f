# int <-> str digit limit: sys.get/set_int_max_str_digits, the messages, bases, bytes, format paths
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if isinstance(r, str) else r % 97)
    except ValueError as e:
        print(label, 'ValueError', e)
attempt('str', lambda: str(big))
attempt('repr', lambda: repr(-big))
attempt('format d', lambda: format(big, 'd'))
attempt('format comma', lambda: format(big, ','))
attempt('percent', lambda: '%d' % big)
attempt('fstring', lambda: f'{big}')
attempt('hex', lambda: hex(big))
attempt('bin', lambda: bin(big))
attempt('oct', lambda: '%o' % big)
attempt('int dec', lambda: int('7' * 5000))
attempt('int neg', lambda: int('-' + '7' * 5000))
attempt('int underscores', lambda: int('1_' * 4300 + '1'))
attempt('int base 7', lambda: int('6' * 5000, 7))
attempt('int base 16', lambda: int('f' * 5000, 16))
attempt('int base 0 hex', lambda: int('0x' + 'f' * 5000, 0))
attempt('int bytes', lambda: int(b'9' * 5000))
attempt('int 4300', lambda: int('9' * 4300))
attempt('int 4301', lambda: int('9' * 4301))
attempt('str 4300 digits', lambda: str(10 ** 4300 - 1))
attempt('str 4301 digits', lambda: str(10 ** 4300))
for v in (100, 640, -5):
    try:
        sys.set_int_max_str_digits(v)
    except ValueError as e:
        print(v, e)
sys.set_int_max_str_digits(641)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
attempt('641 str', lambda: str(10 ** 641))
attempt('640 digits', lambda: str(10 ** 639))
attempt('int 642', lambda: int('1' * 642))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
attempt('unlimited', lambda: str(10 ** 20000))
attempt('unlimited int', lambda: int('3' * 20000))
for bad in ((), (1, 2), ('x',), (2 ** 70,)):
    try:
        sys.set_int_max_str_digits(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(4300)
attempt('back', lambda: str(big))
