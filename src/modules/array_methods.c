/* The methods and attributes of array.array (CPython 3.11: Modules/arraymodule.c, the
 * array_array_*_impl functions and their Argument Clinic wrappers): append, extend, insert,
 * pop, remove, index, count, reverse, byteswap, buffer_info, the conversions to and from
 * bytes, lists, str and files, __copy__, __deepcopy__, __reduce_ex__, __sizeof__, typecode
 * and itemsize. Argument errors use the wording of the Argument Clinic code CPython
 * generates for each (checked against python3).
 * Invariants: every size change goes through hs_array_resize / hs_array_del_slice /
 * hs_array_insert (arraymodule.c), which keep ob_item, allocated and the export rule; a method
 * that calls back into Python (comparisons, __index__, file methods) re-reads Hs_SIZE after
 * the call. Methods return a new reference, or NULL with an exception; arguments are borrowed. */
#include "internal/hs_modules_array.h"
#include "internal/hs_modules.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_bytes.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_memory.h"
#include "internal/hs_obj_slice.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdint.h>
#include <string.h>
#include <wchar.h>

#define A(op) HS_ARRAY(op)

/* The methods CPython 3.11 defines with the defining class (extend, tofile, fromfile,
 * __reduce_ex__) take positional-only arguments through the keyword parser, whose messages
 * differ: "extend() takes exactly 1 positional argument (0 given)". 0 or -1. */
static int defining_class_args(const char *fname, HsObject *const *args, Hs_ssize_t nargs,
                               HsObject *kwnames, int n, HsObject **out) {
    static const char *const one[] = {"", NULL}, *const two[] = {"", "", NULL};
    HsArgParser parser = {fname, n == 1 ? one : two};
    return hs_arg_unpack_keywords(args, nargs, kwnames, &parser, n, n, n, out);
}

/* ==== adding and removing items ==== */

static HsObject *array_append(HsObject *self, HsObject *v) {
    if (hs_array_insert(A(self), Hs_SIZE(self), v) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

static HsObject *array_extend(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    HsObject *bb;
    if (defining_class_args("extend", args, nargs, kwnames, 1, &bb) < 0 ||
        hs_array_do_extend(A(self), bb) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

/* insert(i, v, /). */
static HsObject *array_insert(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    Hs_ssize_t i = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
    if ((i == -1 && HsErr_Occurred()) || hs_array_insert(A(self), i, args[1]) < 0) {
        return NULL;
    }
    return Hs_NewRef(Hs_None);
}

/* pop(i=-1, /). */
static HsObject *array_pop(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    Hs_ssize_t i = -1;
    if (nargs == 1) {
        i = HsNumber_AsSsize_t(args[0], HsExc_OverflowError);
        if (i == -1 && HsErr_Occurred()) {
            return NULL;
        }
    }
    Hs_ssize_t n = Hs_SIZE(self);
    if (n == 0) {
        return HsErr_Format(HsExc_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return HsErr_Format(HsExc_IndexError, "pop index out of range");
    }
    HsObject *v = A(self)->ob_descr->getitem(A(self), i);
    if (v != NULL && hs_array_del_slice(A(self), i, i + 1) < 0) {
        Hs_CLEAR(v);
    }
    return v;
}

/* The index of the first item in [start, stop) equal to 'v', -1 if none, -2 on error. */
static Hs_ssize_t find_item(HsObject *self, HsObject *v, Hs_ssize_t start, Hs_ssize_t stop) {
    for (Hs_ssize_t i = start; i < stop && i < Hs_SIZE(self); i++) {
        HsObject *item = A(self)->ob_descr->getitem(A(self), i);
        if (item == NULL) {
            return -2;
        }
        int cmp = HsObject_RichCompareBool(item, v, HS_EQ);
        Hs_DECREF(item);
        if (cmp != 0) {
            return cmp > 0 ? i : -2;
        }
    }
    return -1;
}

static HsObject *array_remove(HsObject *self, HsObject *v) {
    Hs_ssize_t i = find_item(self, v, 0, HS_SSIZE_T_MAX);
    if (i == -2 || (i >= 0 && hs_array_del_slice(A(self), i, i + 1) < 0)) {
        return NULL;
    }
    if (i == -1) {
        return HsErr_Format(HsExc_ValueError, "array.remove(x): x not in array");
    }
    return Hs_NewRef(Hs_None);
}

/* index(v, start=0, stop=sys.maxsize, /). */
static HsObject *array_index(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    if (hs_arg_check_positional("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    Hs_ssize_t start = 0, stop = HS_SSIZE_T_MAX;
    if ((nargs > 1 && !hs_slice_index_not_none(args[1], &start)) ||
        (nargs > 2 && !hs_slice_index_not_none(args[2], &stop))) {
        return NULL;
    }
    if (start < 0) {
        start += Hs_SIZE(self);
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += Hs_SIZE(self);
    }
    Hs_ssize_t i = find_item(self, args[0], start, stop);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return HsErr_Format(HsExc_ValueError, "array.index(x): x not in array");
    }
    return HsLong_FromSsize_t(i);
}

static HsObject *array_count(HsObject *self, HsObject *v) {
    Hs_ssize_t count = 0;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(self); i++) {
        HsObject *item = A(self)->ob_descr->getitem(A(self), i);
        int cmp = item == NULL ? -1 : HsObject_RichCompareBool(item, v, HS_EQ);
        Hs_XDECREF(item);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    return HsLong_FromSsize_t(count);
}

/* ==== in-place rearrangement ==== */

static HsObject *array_reverse(HsObject *self, HsObject *unused) {
    (void)unused;
    size_t itemsize = (size_t)A(self)->ob_descr->itemsize;
    char tmp[16];
    Hs_ssize_t n = Hs_SIZE(self);
    if (n < 2) { // an empty array's ob_item is NULL: no pointer arithmetic on it
        return Hs_NewRef(Hs_None);
    }
    for (char *p = A(self)->ob_item, *q = p + (size_t)(n - 1) * itemsize; p < q;
         p += itemsize, q -= itemsize) {
        memcpy(tmp, p, itemsize);
        memcpy(p, q, itemsize);
        memcpy(q, tmp, itemsize);
    }
    return Hs_NewRef(Hs_None);
}

static HsObject *array_byteswap(HsObject *self, HsObject *unused) {
    (void)unused;
    size_t itemsize = (size_t)A(self)->ob_descr->itemsize;
    char *p = A(self)->ob_item;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(self); i++, p += itemsize) {
        for (size_t k = 0; k < itemsize / 2; k++) {
            char t = p[k];
            p[k] = p[itemsize - 1 - k];
            p[itemsize - 1 - k] = t;
        }
    }
    return Hs_NewRef(Hs_None);
}

/* ==== conversions ==== */

/* (address, length): the buffer's address (0 when nothing is allocated) and the item count. */
static HsObject *array_buffer_info(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *addr = HsLong_FromUnsignedLongLong((unsigned long long)(uintptr_t)A(self)->ob_item);
    HsObject *len = HsLong_FromSsize_t(Hs_SIZE(self));
    HsObject *r = addr != NULL && len != NULL ? HsTuple_Pack(2, addr, len) : NULL;
    Hs_XDECREF(addr);
    Hs_XDECREF(len);
    return r;
}

static HsObject *array_tobytes(HsObject *self, HsObject *unused) {
    (void)unused;
    if (Hs_SIZE(self) > HS_SSIZE_T_MAX / A(self)->ob_descr->itemsize) {
        return HsErr_NoMemory();
    }
    return HsBytes_FromStringAndSize(A(self)->ob_item, Hs_SIZE(self) * A(self)->ob_descr->itemsize);
}

HsObject *hs_array_frombytes(HsObject *self, HsObject *buffer) {
    HsBuffer view;
    if (hs_buffer_get(buffer, &view, HS_BUF_SIMPLE) < 0) {
        return NULL;
    }
    int itemsize = A(self)->ob_descr->itemsize;
    HsObject *r = NULL;
    Hs_ssize_t n = view.len, old = Hs_SIZE(self);
    if (view.itemsize != 1) {
        HsErr_SetString(HsExc_TypeError, "a bytes-like object is required");
    } else if (n % itemsize != 0) {
        HsErr_SetString(HsExc_ValueError, "bytes length not a multiple of item size");
    } else if (n / itemsize > HS_SSIZE_T_MAX - old ||
               old + n / itemsize > HS_SSIZE_T_MAX / itemsize) {
        HsErr_NoMemory();
    } else if (n == 0 || hs_array_resize(A(self), old + n / itemsize) == 0) {
        if (n > 0) {
            memcpy(A(self)->ob_item + (size_t)old * (size_t)itemsize, view.buf, (size_t)n);
        }
        r = Hs_NewRef(Hs_None);
    }
    hs_buffer_release(&view);
    return r;
}

HsObject *hs_array_tolist(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *list = HsList_New(Hs_SIZE(self));
    for (Hs_ssize_t i = 0; list != NULL && i < Hs_SIZE(self); i++) {
        HsObject *v = A(self)->ob_descr->getitem(A(self), i);
        if (v == NULL) {
            Hs_CLEAR(list);
        } else {
            HS_LIST_SET(list, i, v);
        }
    }
    return list;
}

/* fromlist(list, /): all items or none (the array is cut back on an error). */
static HsObject *array_fromlist(HsObject *self, HsObject *list) {
    if (!HsList_Check(list)) {
        return HsErr_Format(HsExc_TypeError, "arg must be list");
    }
    Hs_ssize_t n = Hs_SIZE(list), old = Hs_SIZE(self);
    if (n == 0) {
        return Hs_NewRef(Hs_None);
    }
    if (hs_array_resize(A(self), old + n) < 0) {
        return NULL;
    }
    for (Hs_ssize_t i = 0; i < n; i++) {
        if (A(self)->ob_descr->setitem(A(self), Hs_SIZE(self) - n + i, HS_LIST_GET(list, i)) < 0) {
            hs_array_resize(A(self), old);
            return NULL;
        }
        if (n != Hs_SIZE(list)) {
            HsErr_SetString(HsExc_RuntimeError, "list changed size during iteration");
            hs_array_resize(A(self), old);
            return NULL;
        }
    }
    return Hs_NewRef(Hs_None);
}

static HsObject *array_fromunicode(HsObject *self, HsObject *ustr) {
    if (!HsUnicode_Check(ustr)) {
        return HsErr_Format(HsExc_TypeError, "fromunicode() argument must be str, not %.50s",
                            ustr == Hs_None ? "None" : Hs_TYPE(ustr)->tp_name);
    }
    if (A(self)->ob_descr->typecode != 'u') {
        return HsErr_Format(HsExc_ValueError,
                            "fromunicode() may only be called on unicode type arrays");
    }
    Hs_ssize_t n = HS_STR_LEN(ustr), old = Hs_SIZE(self);
    if (n > 0) {
        if (hs_array_resize(A(self), old + n) < 0) {
            return NULL;
        }
        wchar_t *w = (wchar_t *)A(self)->ob_item + old;
        for (Hs_ssize_t i = 0; i < n; i++) {
            w[i] = (wchar_t)HS_STR_READ_CHAR(ustr, i);
        }
    }
    return Hs_NewRef(Hs_None);
}

HsObject *hs_array_tounicode(HsObject *self, HsObject *unused) {
    (void)unused;
    if (A(self)->ob_descr->typecode != 'u') {
        return HsErr_Format(HsExc_ValueError,
                            "tounicode() may only be called on unicode type arrays");
    }
    const wchar_t *w = (const wchar_t *)A(self)->ob_item;
    for (Hs_ssize_t i = 0; i < Hs_SIZE(self); i++) {
        if ((uint32_t)w[i] > 0x10ffff) {
            return HsErr_Format(HsExc_ValueError,
                                "character U+%x is not in range [U+0000; U+10ffff]",
                                (unsigned int)w[i]);
        }
    }
    return HsUnicode_FromKindAndData(4, w, Hs_SIZE(self));
}

/* ==== files ==== */

#define BLOCKSIZE (64 * 1024)

/* tofile(f, /): f.write(bytes) for each 64 KiB block, as CPython. */
static HsObject *array_tofile(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                              HsObject *kwnames) {
    HsObject *f, *write;
    if (defining_class_args("tofile", args, nargs, kwnames, 1, &f) < 0 ||
        (write = hs_builtins_name("write")) == NULL) {
        return NULL;
    }
    for (Hs_ssize_t off = 0;; off += BLOCKSIZE) {
        Hs_ssize_t nbytes = Hs_SIZE(self) * A(self)->ob_descr->itemsize; // write() may shrink it
        if (off >= nbytes) {
            break;
        }
        Hs_ssize_t size = nbytes - off < BLOCKSIZE ? nbytes - off : BLOCKSIZE;
        HsObject *b = HsBytes_FromStringAndSize(A(self)->ob_item + off, size);
        HsObject *res = b != NULL ? HsObject_CallMethodOneArg(f, write, b) : NULL;
        Hs_XDECREF(b);
        if (res == NULL) {
            return NULL;
        }
        Hs_DECREF(res);
    }
    return Hs_NewRef(Hs_None);
}

/* fromfile(f, n, /): append n items read with f.read(); EOFError (after appending what was
 * read) when fewer bytes come back. */
static HsObject *array_fromfile(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                HsObject *kwnames) {
    HsObject *a[2];
    if (defining_class_args("fromfile", args, nargs, kwnames, 2, a) < 0) {
        return NULL;
    }
    Hs_ssize_t n = HsNumber_AsSsize_t(a[1], HsExc_OverflowError);
    if (n == -1 && HsErr_Occurred()) {
        return NULL;
    }
    if (n < 0) {
        return HsErr_Format(HsExc_ValueError, "negative count");
    }
    int itemsize = A(self)->ob_descr->itemsize;
    if (n > HS_SSIZE_T_MAX / itemsize) {
        return HsErr_NoMemory();
    }
    HsObject *read = hs_builtins_name("read");
    HsObject *count = read != NULL ? HsLong_FromSsize_t(n * itemsize) : NULL;
    HsObject *b = count != NULL ? HsObject_CallMethodOneArg(a[0], read, count) : NULL;
    Hs_XDECREF(count);
    if (b == NULL) {
        return NULL;
    }
    if (!HsBytes_Check(b)) {
        Hs_DECREF(b);
        return HsErr_Format(HsExc_TypeError, "read() didn't return bytes");
    }
    int not_enough = Hs_SIZE(b) != n * itemsize;
    HsObject *res = hs_array_frombytes(self, b);
    Hs_DECREF(b);
    if (res != NULL && not_enough) {
        Hs_CLEAR(res);
        HsErr_SetString(HsExc_EOFError, "read() didn't return enough bytes");
    }
    return res;
}

/* ==== copying, pickling, size ==== */

static HsObject *array_copy(HsObject *self, HsObject *unused) {
    (void)unused;
    HsObject *np = hs_array_new(&HsArray_Type, Hs_SIZE(self), A(self)->ob_descr);
    if (np != NULL && Hs_SIZE(self) > 0) {
        memcpy(A(np)->ob_item, A(self)->ob_item,
               (size_t)Hs_SIZE(self) * (size_t)A(self)->ob_descr->itemsize);
    }
    return np;
}

/* __reduce_ex__(protocol, /), as CPython: below protocol 3, (type(a), (typecode, a.tolist()),
 * a.__dict__ or None); from 3 on, (array._array_reconstructor, (type(a), typecode,
 * machine format code, a.tobytes()), a.__dict__ or None). */
static HsObject *array_reduce_ex(HsObject *self, HsObject *const *args, Hs_ssize_t nargs,
                                 HsObject *kwnames) {
    HsObject *protocol;
    if (defining_class_args("__reduce_ex__", args, nargs, kwnames, 1, &protocol) < 0) {
        return NULL;
    }
    if (!HsLong_Check(protocol)) {
        return HsErr_Format(HsExc_TypeError, "__reduce_ex__ argument should be an integer");
    }
    long proto = HsLong_AsLong(protocol);
    if (proto == -1 && HsErr_Occurred()) {
        return NULL;
    }
    HsObject *dict = NULL, *name = hs_builtins_name("__dict__");
    if (name == NULL || HsObject_LookupAttr(self, name, &dict) < 0) {
        return NULL;
    }
    if (dict == NULL) {
        dict = Hs_NewRef(Hs_None);
    }
    char tc[2] = {A(self)->ob_descr->typecode, '\0'};
    HsObject *code = HsUnicode_FromString(tc), *cargs = NULL, *r = NULL;
    if (code != NULL && proto < 3) {
        HsObject *list = hs_array_tolist(self, NULL);
        cargs = list != NULL ? HsTuple_Pack(2, code, list) : NULL;
        Hs_XDECREF(list);
        r = cargs != NULL ? HsTuple_Pack(3, (HsObject *)Hs_TYPE(self), cargs, dict) : NULL;
    } else if (code != NULL) {
        HsObject *fn = hs_array_reconstructor_function();
        HsObject *mcode = HsLong_FromLong(hs_array_mformat_code(A(self)->ob_descr->typecode));
        HsObject *data = mcode != NULL ? HsBytes_FromStringAndSize(
                                             A(self)->ob_item, Hs_SIZE(self) *
                                                                   A(self)->ob_descr->itemsize)
                                       : NULL;
        cargs = data != NULL ? HsTuple_Pack(4, (HsObject *)Hs_TYPE(self), code, mcode, data)
                             : NULL;
        r = cargs != NULL && fn != NULL ? HsTuple_Pack(3, fn, cargs, dict) : NULL;
        Hs_XDECREF(fn);
        Hs_XDECREF(mcode);
        Hs_XDECREF(data);
    }
    Hs_XDECREF(code);
    Hs_XDECREF(cargs);
    Hs_DECREF(dict);
    return r;
}

/* The object (its type's basic size) plus the allocated item buffer, as CPython. */
static HsObject *array_sizeof(HsObject *self, HsObject *unused) {
    (void)unused;
    return HsLong_FromSsize_t(Hs_TYPE(self)->tp_basicsize +
                              A(self)->allocated * A(self)->ob_descr->itemsize);
}

static HsObject *array_get_typecode(HsObject *self, void *closure) {
    (void)closure;
    char tc[2] = {A(self)->ob_descr->typecode, '\0'};
    return HsUnicode_FromString(tc);
}

static HsObject *array_get_itemsize(HsObject *self, void *closure) {
    (void)closure;
    return HsLong_FromLong(A(self)->ob_descr->itemsize);
}

/* ==== tables ==== */

HsGetSetDef hs_array_getset[] = {
    {"typecode", array_get_typecode, NULL, "the typecode character used to create the array",
     NULL},
    {"itemsize", array_get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

HsMethodDef hs_array_methods[] = {
    {"append", HS_CFUNC(array_append), HS_METH_O, "Append new value v to the end of the array."},
    {"buffer_info", HS_CFUNC(array_buffer_info), HS_METH_NOARGS,
     "Return a tuple (address, length) giving the current memory address and the length in "
     "items of the buffer used to hold array's contents."},
    {"byteswap", HS_CFUNC(array_byteswap), HS_METH_NOARGS,
     "Byteswap all items of the array."},
    {"__copy__", HS_CFUNC(array_copy), HS_METH_NOARGS, "Return a copy of the array."},
    {"count", HS_CFUNC(array_count), HS_METH_O,
     "Return number of occurrences of v in the array."},
    {"__deepcopy__", HS_CFUNC(array_copy), HS_METH_O, "Return a copy of the array."},
    {"extend", HS_CFUNC(array_extend), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Append items to the end of the array."},
    {"frombytes", HS_CFUNC(hs_array_frombytes), HS_METH_O,
     "Appends items from the string, interpreting it as an array of machine values, as if it "
     "had been read from a file using the fromfile() method."},
    {"fromfile", HS_CFUNC(array_fromfile), HS_METH_FASTCALL | HS_METH_KEYWORDS,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", HS_CFUNC(array_fromlist), HS_METH_O, "Append items to array from list."},
    {"fromunicode", HS_CFUNC(array_fromunicode), HS_METH_O,
     "Extends this array with data from the unicode string ustr."},
    {"index", HS_CFUNC(array_index), HS_METH_FASTCALL,
     "Return index of first occurrence of v in the array."},
    {"insert", HS_CFUNC(array_insert), HS_METH_FASTCALL,
     "Insert a new item v into the array before position i."},
    {"pop", HS_CFUNC(array_pop), HS_METH_FASTCALL,
     "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", HS_CFUNC(array_reduce_ex), HS_METH_FASTCALL | HS_METH_KEYWORDS, "Return state information for pickling."},
    {"remove", HS_CFUNC(array_remove), HS_METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", HS_CFUNC(array_reverse), HS_METH_NOARGS,
     "Reverse the order of the items in the array."},
    {"tofile", HS_CFUNC(array_tofile), HS_METH_FASTCALL | HS_METH_KEYWORDS, "Write all items (as machine values) to the file object f."},
    {"tolist", HS_CFUNC(hs_array_tolist), HS_METH_NOARGS,
     "Convert array to an ordinary list with the same items."},
    {"tobytes", HS_CFUNC(array_tobytes), HS_METH_NOARGS,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", HS_CFUNC(hs_array_tounicode), HS_METH_NOARGS,
     "Convert the array to a unicode string."},
    {"__sizeof__", HS_CFUNC(array_sizeof), HS_METH_NOARGS, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};
