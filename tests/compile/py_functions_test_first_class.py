def square(x):
    return x * x
def apply(fn, v):
    return fn(v)
print(apply(square, 7))
fs = {'sq': square, 'neg': lambda v: -v, 'abs': abs}
print({k: fs[k](-3) for k in sorted(fs)})
print(list(map(square, [1, 2, 3])))
def compose(*fns):
    def run(v):
        for f in reversed(fns):
            v = f(v)
        return v
    return run
print(compose(str, square, abs)(-4))
alias = square
print(alias(5), alias is square, alias.__name__)
print(sorted([3, -1, 2], key=abs), max(['aa', 'b'], key=len))
ops = [print, len, str]
print(ops[1]('four'))
