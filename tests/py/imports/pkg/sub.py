print('pkg.sub executing, __name__ =', __name__)
def sub_func():
    return 'sub_func result'
