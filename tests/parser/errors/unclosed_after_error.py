x = (
  a b c
