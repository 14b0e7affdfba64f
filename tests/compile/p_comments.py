# leading comment
x = 1  # trailing
# between

y = 2
    # indented comment
if x:
    # in block
    pass
# end
