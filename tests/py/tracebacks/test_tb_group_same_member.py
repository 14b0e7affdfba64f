# the same exception twice in a group: its context is printed only the first time
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError('v')
except ValueError as e:
    v = e
raise ExceptionGroup('dup', [v, v, KeyError(1)])
