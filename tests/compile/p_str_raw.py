a = r"\n"
b = R"\d+"
c = r"""\x
\y"""
d = r'\''
