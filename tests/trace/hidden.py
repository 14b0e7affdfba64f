import math
x = [len]
