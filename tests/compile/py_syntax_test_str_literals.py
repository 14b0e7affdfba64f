print('single')
print("double")
print('it\'s')
print("say \"hi\"")
print('''triple
single''')
print("""triple "double" quotes""")
print('adjacent' ' ' "concatenation")
print(len(''), len(""), len(''''''))
print(repr('a' 'b'))
print('a' "b" '''c''' """d""")
print(repr("""line1
line2
"""))
print(repr('\
continued'))
print('mixed \'"\' quotes')
