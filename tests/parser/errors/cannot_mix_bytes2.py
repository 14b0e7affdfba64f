x = 'x' b'y'
