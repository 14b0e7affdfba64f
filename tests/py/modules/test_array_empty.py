# empty arrays (ob_item NULL) through every method: regression for UBSan 'applying non-zero offset to null pointer' in array.reverse()
import array, io, sys
for tc in array.typecodes:
    e = array.array(tc)
    e.reverse(); e.byteswap(); e.extend(array.array(tc)); e.frombytes(b''); e.fromlist([])
    e += array.array(tc); e *= 3; e *= 0; f = e + e; g = e * 5; h = e[:]; h2 = e[::-1]; h3 = e[1:0]
    e[0:0] = array.array(tc); del e[:]; del e[::2]; e[::1] = array.array(tc)
    print(tc, e.tobytes(), bytes(e), list(e), e.tolist(), len(memoryview(e)) if tc != 'u' else 0, e == f, e < g, sys.getsizeof(e))
    e.tofile(io.BytesIO()); e.fromfile(io.BytesIO(b''), 0); copy = e.__copy__(); d = e.__deepcopy__({}); r = e.__reduce_ex__(3)
    print(r[0](*r[1]), e.__reduce_ex__(2), e.buffer_info()[1], e.count(0), 0 in e)
    if tc == 'u': e.fromunicode(''); print(e.tounicode())
    x = array.array(tc, 'ab' if tc == 'u' else [1, 1]); x[1:] = array.array(tc); x[5:] = array.array(tc); x.extend(x); x += x; x *= 2; print(x); x[::3] = x[::3]; del x[1::2]; print(x, x * 0, x[5:2])
