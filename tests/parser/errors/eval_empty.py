# mode: eval

