# warnings filters compile message/module as regular expressions (CPython: re.compile(message, re.I)); the default __main__ filter is a plain string
import warnings
warnings.filterwarnings('ignore', message='.*spam')
warnings.filterwarnings('error', message='EGG', module='__main__')
warnings.filterwarnings('ignore', message='.*spam')
print(warnings.filters[:3], len(warnings.filters))
warnings.warn('lots of spam')
try:
    warnings.warn('eggs and ham')
except UserWarning as e:
    print('raised', e)
warnings.filterwarnings('always', module='x.y')
print(warnings.filters[0])
warnings.resetwarnings(); print(warnings.filters)
