café = 1
naïve = café + 1
def ñ(ü=2):
    return ü * naïve
s = "héllo wörld"
t = f"{café}€"
