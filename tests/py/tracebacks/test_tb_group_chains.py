# chained causes/contexts inside group members, a context cycle, and recursion in a member
import sys
sys.setrecursionlimit(60)
def recurse(n):
    return recurse(n + 1)
def member_with_cause():
    try:
        {}['missing']
    except KeyError as e:
        try:
            raise ValueError('converted') from e
        except ValueError as v:
            return v
def member_with_context():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError as i:
            return i
def member_recursion():
    try:
        recurse(0)
    except RecursionError as r:
        return r
a = RuntimeError('a')
b = RuntimeError('b')
a.__context__ = b
b.__context__ = a
try:
    raise ExceptionGroup('chains', [member_with_cause(), member_with_context(), member_recursion(), a])
except ExceptionGroup as g:
    try:
        raise TypeError('while handling the group')
    except TypeError as t:
        outer = t
raise outer
