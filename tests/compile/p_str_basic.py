a = "double"
b = 'single'
c = """triple
double"""
d = '''triple
single'''
e = ""
f = ''
