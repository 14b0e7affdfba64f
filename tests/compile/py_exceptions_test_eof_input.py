try:
    input()
except EOFError as e:
    print('EOFError', repr(e), e.args)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError with prompt:', str(e))
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
