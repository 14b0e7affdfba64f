err = ValueError('bad value')
err.add_note('while parsing line 3')
err.add_note('input was: "abc"')
raise err
