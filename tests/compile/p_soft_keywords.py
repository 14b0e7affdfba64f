match = 1
case = 2
_ = 3
match.x = case
print(match, case)
type = 4
