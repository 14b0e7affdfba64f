if x:
  x
else:
pass
