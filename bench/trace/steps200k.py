# The step tracer's benchmark (make bench): a program of about 200,000 line steps (a loop
# that calls a function, updates a list and a dict) traced with --trace; docs/internals/trace.md.
def mix(total, i):
    return (total + i * 7) % 1000


data = [0] * 10
seen = {}
total = 0
for i in range(40000):
    total = mix(total, i)
    data[i % 10] = total
    seen[total % 16] = i
print(total, sum(data), len(seen))
