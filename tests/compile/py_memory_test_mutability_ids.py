def demo():
    lst = [1, 2]
    before = id(lst)
    lst.append(3)
    print('append keeps identity:', id(lst) == before)
    lst += [4]
    print('list += keeps identity:', id(lst) == before)
    lst = lst + [5]
    print('list = list + [...] makes a new object:', id(lst) == before)
    lst.sort(); lst.reverse(); lst[0] = 99; del lst[1]
    after = id(lst)
    lst.extend([7]); lst.insert(0, 0); lst.pop(); lst.clear()
    print('in-place methods keep identity:', id(lst) == after)
    x = 10
    xid = id(x)
    x = x + 1
    print('int x = x + 1 rebinds to a new object:', id(x) == xid)
    t = (1, 2)
    tid = id(t)
    t += (3,)
    print('tuple += creates a new tuple:', id(t) == tid, t)
    s = 'ab'
    sid = id(s)
    s += 'c' * 1000
    print('str += creates a new string:', id(s) == sid)
    d = {'a': 1}
    did = id(d)
    d['b'] = 2; d.update(c=3); d |= {'d': 4}; d.pop('a')
    print('dict changes keep identity:', id(d) == did)
    st = {1}
    sid2 = id(st)
    st.add(2); st |= {3}; st -= {1}
    print('set in-place ops keep identity:', id(st) == sid2)
    st = st | {9}
    print('set | creates new:', id(st) == sid2)
    fs = frozenset([1])
    fid = id(fs)
    fs |= {2}
    print('frozenset |= creates new:', id(fs) == fid)
    ba = bytearray(b'ab')
    bid = id(ba)
    ba += b'c'; ba[0] = 65; ba.append(1)
    print('bytearray in-place keeps identity:', id(ba) == bid)
    a = [1]
    b = a
    a.append(2)
    print('alias sees the mutation:', b)
    a = a + [3]
    print('after rebinding a, b unchanged:', b, a)
demo()
