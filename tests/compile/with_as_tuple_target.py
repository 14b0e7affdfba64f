with open(a) as (f1, f2), ctx() as self.attr, other() as d[k]:
    pass
