if x:
    a
      b
