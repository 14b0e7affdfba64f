# mode: eval
a + b * c
