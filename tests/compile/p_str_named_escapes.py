a = "\N{BULLET}"
b = "\N{EM DASH}\N{EURO SIGN}"
c = "\N{LATIN SMALL LETTER A}\N{latin capital letter b}"
d = "\N{SNAKE}"
