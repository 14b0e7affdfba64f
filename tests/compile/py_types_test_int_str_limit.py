import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
huge = 10 ** 4300
try:
    str(huge)
except ValueError as e:
    print(e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
print(int('1' * 4300) % 1000)
print(len(hex(huge)) > 1000)
sys.set_int_max_str_digits(5000)
print(len(str(huge)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
try:
    f'{huge}'
except ValueError as e:
    print('fstring', e)
