for x in y:
  x
else:
pass
