try:
    line = input()
    print('got', repr(line))
except EOFError as e:
    print('EOFError:', e)
try:
    input('Enter: ')
except EOFError:
    print('<- prompt printed before EOF')
import sys
print(sys.stdin.readline() == '', sys.stdin.read() == '')
