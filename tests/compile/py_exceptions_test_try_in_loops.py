for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    except Exception:
        print('never')
    else:
        print('else', i)
    finally:
        print('finally', i)
results = []
for v in ['1', 'x', '3', None, '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
        continue
    except TypeError as e:
        results.append(type(e).__name__)
    finally:
        results.append('|')
print(results)
n = 0
while n < 5:
    n += 1
    try:
        if n % 2:
            raise KeyError(n)
    except KeyError as e:
        print('odd', e)
        continue
    print('even', n)
