import mod_main_check
print(mod_main_check.where(), __name__)
import sys
print(sys.modules['__main__'].__name__, mod_main_check.__name__)
def in_main():
    return __name__
print(in_main())
if __name__ == '__main__':
    print('this script is __main__')
