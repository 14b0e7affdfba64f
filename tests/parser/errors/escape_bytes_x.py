x = b'\xz'
