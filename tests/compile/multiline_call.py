result = function(
    argument_one,
    argument_two,
    key=value,
)
obj.method(
    a,
    b,
)
