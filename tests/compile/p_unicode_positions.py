s = "héllo"; t = x
u = ("中文", y)
v = f"{é}"
