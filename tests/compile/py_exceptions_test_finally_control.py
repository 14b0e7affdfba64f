def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())
def swallow():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(swallow())
def fin_side(log):
    try:
        return log.append('try') or 'value'
    finally:
        log.append('finally')
lg = []
print(fin_side(lg), lg)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('finally in loop', i)
for i in range(3):
    try:
        if i == 0:
            continue
        print('body', i)
    finally:
        print('finally', i)
def nested():
    try:
        try:
            return 1
        finally:
            print('inner fin')
    finally:
        print('outer fin')
print(nested())
def while_fin():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('fin', n)
print(while_fin())
def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
try:
    exc_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def break_swallows():
    for _ in range(1):
        try:
            raise ValueError
        finally:
            break
    return 'break swallowed'
print(break_swallows())
