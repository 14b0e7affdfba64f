# uncaught groups past 3.11's printing limits: 15 members shown then "and N more", depth 10
def wide():
    return ExceptionGroup('wide', [ValueError(i) for i in range(18)])
def deep():
    eg = ExceptionGroup('level 0', [TypeError('bottom')])
    for i in range(1, 13):
        eg = ExceptionGroup(f'level {i}', [eg, KeyError(i)])
    return eg
try:
    raise wide()
except ExceptionGroup as e:
    print(len(e.exceptions), str(e))
raise ExceptionGroup('top', [wide(), deep()])
