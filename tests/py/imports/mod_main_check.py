"""Helper that behaves differently when run as a script."""
def where():
    return __name__
if __name__ == '__main__':
    print('run as script')
else:
    print('imported as', __name__)
