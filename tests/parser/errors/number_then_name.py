f = 10notJ
