x = b'x' 'y'
