# mode: single
a; b; c
