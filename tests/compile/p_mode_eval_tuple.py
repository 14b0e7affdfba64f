# mode: eval
1, 2, (*x,)
