{a: b for a, b in c if a}
{**a}
{*a}
{a: (yield)} if 0 else 0
{(a := 1): 2}
