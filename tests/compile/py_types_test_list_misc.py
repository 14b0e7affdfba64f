l = [1, 2, 3]
it = iter(l)
print(next(it), list(it))
print(list(reversed(l)), l[::-1], l.__reversed__ is not None)
print(len(l), 2 in l, 5 not in l, l.__contains__(3), sum(l), min(l), max(l))
l2 = l
l2 += [4]
print(l, l is l2)
l3 = l + [5]
print(l3, l3 is l)
l *= 2
print(l)
l *= 0
print(l, l2)
nums = list(range(5))
print(nums[::-1], [x for x in nums if x % 2], list(map(str, nums)), list(zip(nums, nums[1:])))
print(list(enumerate('ab', 1)), [None] * 2, [[0] * 2 for _ in range(2)])
m = [3, 1, 2]
print(sorted(m), m, m.sort(), m)
print([1, 2, 3].__len__(), [].__class__.__name__, isinstance([], list))
lst = [0, 1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
try:
    hash([])
except TypeError as e:
    print(e)
q = [1, 2, 3]
q[1] = q
print(q)
