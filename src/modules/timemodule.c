/* A minimal `time` module (CPython 3.11: Modules/timemodule.c): the clocks time, time_ns,
 * monotonic(_ns), perf_counter(_ns), process_time(_ns) over clock_gettime (CLOCK_REALTIME,
 * CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID; perf_counter is the monotonic clock, as on
 * CPython/Linux), sleep (nanosleep, restarted on EINTR), gmtime/localtime returning
 * time.struct_time (a 9-field tuple subtype whose fields are also attributes; tm_zone and
 * tm_gmtoff are not provided), mktime and strftime over the C library.
 * Every time_* function: arguments borrowed; Return: new reference, or NULL with an exception
 * set. */
#include "internal/hs_modules.h"
#include "internal/hs_vm_gil.h"
#include "internal/hs_gc.h"
#include "internal/hs_obj_args.h"
#include "internal/hs_obj_descr.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_int.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_mem.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

/* ==== clocks ==== */

/* The clock 'id' in nanoseconds. */
static long long clock_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        return 0;
    }
    return (long long)ts.tv_sec * 1000000000LL + (long long)ts.tv_nsec;
}

/* The clock 'id' in seconds as a float. Return: new reference. */
static HsObject *clock_float(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        return HsFloat_FromDouble(0.0);
    }
    return HsFloat_FromDouble((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

#define CLOCK_FUNCS(name, id)                                                                      \
    static HsObject *time_##name(HsObject *self, HsObject *unused) {                               \
        (void)self;                                                                                \
        (void)unused;                                                                              \
        return clock_float(id);                                                                    \
    }                                                                                              \
    static HsObject *time_##name##_ns(HsObject *self, HsObject *unused) {                          \
        (void)self;                                                                                \
        (void)unused;                                                                              \
        return HsLong_FromLongLong(clock_ns(id));                                                  \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)

/* ==== sleep ==== */

/* o as seconds (a float, or an int through __index__, as _PyTime_FromSecondsObject).
 * Returns 0, or -1 with an exception. */
static int seconds_of(HsObject *o, double *out) {
    if (HsFloat_Check(o)) {
        *out = HS_FLOAT_AS_DOUBLE(o);
        if (isnan(*out)) {
            HsErr_SetString(HsExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        return 0;
    }
    HsObject *i = HsNumber_Index(o);
    if (i == NULL) {
        return -1;
    }
    *out = HsLong_AsDouble(i);
    Hs_DECREF(i);
    return (*out == -1.0 && HsErr_Occurred() != NULL) ? -1 : 0;
}

static HsObject *time_sleep(HsObject *self, HsObject *arg) {
    (void)self;
    double secs;
    if (seconds_of(arg, &secs) < 0) {
        return NULL;
    }
    if (secs < 0) {
        HsErr_SetString(HsExc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    if (secs > 9.2e9) {
        HsErr_SetString(HsExc_OverflowError, "sleep length is too large");
        return NULL;
    }
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    struct timespec rem;
    HS_BEGIN_ALLOW_THREADS /* other threads run while this one sleeps */
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
        req = rem;
    }
    HS_END_ALLOW_THREADS
    Hs_RETURN_NONE;
}

/* ==== struct_time ==== */

#define ST_FIELD(name, i) {name, hs_structseq_get, NULL, NULL, (void *)(intptr_t)(i)}

static HsGetSetDef struct_time_fields[] = {
    ST_FIELD("tm_year", 0), ST_FIELD("tm_mon", 1),  ST_FIELD("tm_mday", 2),
    ST_FIELD("tm_hour", 3), ST_FIELD("tm_min", 4),  ST_FIELD("tm_sec", 5),
    ST_FIELD("tm_wday", 6), ST_FIELD("tm_yday", 7), ST_FIELD("tm_isdst", 8),
    {NULL, NULL, NULL, NULL, NULL},
};

static HsObject *struct_time_new(HsTypeObject *type, HsObject *args, HsObject *kwds);

static HsTypeObject struct_time_type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "time.struct_time",
    .tp_basicsize = offsetof(HsTupleObject, ob_item),
    .tp_itemsize = sizeof(HsObject *),
    .tp_dealloc = hs_structseq_dealloc,
    .tp_repr = hs_structseq_repr,
    .tp_flags = HS_TPFLAGS_HAVE_GC | HS_TPFLAGS_TUPLE_SUBCLASS,
    .tp_traverse = hs_structseq_traverse,
    .tp_getset = struct_time_fields,
    .tp_base = &HsTuple_Type,
    .tp_new = struct_time_new,
};

/* A struct_time holding the 9 items of the tuple 'items' (borrowed). Return: new reference. */
static HsObject *struct_time_from_items(HsObject *const *items) {
    if (HsType_Ready(&struct_time_type) < 0) {
        return NULL;
    }
    HsObject *op = HsType_GenericAlloc(&struct_time_type, 9);
    if (op == NULL) {
        return NULL;
    }
    for (int i = 0; i < 9; i++) {
        HS_TUPLE_SET(op, i, Hs_NewRef(items[i]));
    }
    return op;
}

/* time.struct_time(sequence) with exactly 9 items. Return: new reference. */
static HsObject *struct_time_new(HsTypeObject *type, HsObject *args, HsObject *kwds) {
    (void)type;
    if (hs_arg_no_kwargs_dict("struct_time", kwds) < 0 ||
        hs_arg_count_varargs("struct_time", Hs_SIZE(args), 1, 1) < 0) {
        return NULL;
    }
    HsObject *seq = HsSequence_Tuple(HS_TUPLE_GET(args, 0));
    if (seq == NULL) {
        return NULL;
    }
    HsObject *r = NULL;
    if (Hs_SIZE(seq) < 9 || Hs_SIZE(seq) > 11) {
        HsErr_Format(HsExc_TypeError,
                     Hs_SIZE(seq) < 9
                         ? "time.struct_time() takes an at least 9-sequence (%zd-sequence given)"
                         : "time.struct_time() takes an at most 11-sequence (%zd-sequence given)",
                     Hs_SIZE(seq));
    } else {
        r = struct_time_from_items(HS_TUPLE_ITEMS(seq));
    }
    Hs_DECREF(seq);
    return r;
}

/* struct tm as a struct_time (CPython: tmtotuple). Return: new reference. */
static HsObject *tm_to_struct_time(const struct tm *t) {
    long v[9] = {
        (long)t->tm_year + 1900, (long)t->tm_mon + 1, t->tm_mday, t->tm_hour,  t->tm_min,
        t->tm_sec, (t->tm_wday + 6) % 7, (long)t->tm_yday + 1, t->tm_isdst,
    };
    HsObject *items[9] = {NULL};
    HsObject *r = NULL;
    for (int i = 0; i < 9; i++) {
        if ((items[i] = HsLong_FromLong(v[i])) == NULL) {
            goto done;
        }
    }
    r = struct_time_from_items(items);
done:
    for (int i = 0; i < 9; i++) {
        Hs_XDECREF(items[i]);
    }
    return r;
}

/* ==== gmtime, localtime, mktime, strftime ==== */

/* The seconds of an optional argument (None or missing: now), floored. Returns 0 or -1. */
static int time_t_arg(HsObject *const *args, Hs_ssize_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == Hs_None) {
        *out = time(NULL);
        return 0;
    }
    double secs;
    if (seconds_of(args[0], &secs) < 0) {
        return -1;
    }
    if (!(secs >= -9.2e18 && secs <= 9.2e18)) {
        HsErr_SetString(HsExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(secs);
    return 0;
}

/* gmtime (utc) or localtime. Return: new reference. */
static HsObject *broken_down(const char *name, HsObject *const *args, Hs_ssize_t nargs, int utc) {
    time_t t;
    if (hs_arg_count_varargs(name, nargs, 0, 1) < 0 || time_t_arg(args, nargs, &t) < 0) {
        return NULL;
    }
    struct tm buf;
    if ((utc ? gmtime_r(&t, &buf) : localtime_r(&t, &buf)) == NULL) {
        HsErr_SetString(HsExc_OverflowError, "timestamp out of range for platform time_t");
        return NULL;
    }
    return tm_to_struct_time(&buf);
}

static HsObject *time_gmtime(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    return broken_down("gmtime", args, nargs, 1);
}

static HsObject *time_localtime(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    return broken_down("localtime", args, nargs, 0);
}

/* A 9-sequence as struct tm (CPython: gettmarg, without its range checks). Returns 0 or -1. */
static int tm_from_tuple(const char *name, HsObject *o, struct tm *t) {
    if (!HsTuple_Check(o)) {
        HsErr_Format(HsExc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (Hs_SIZE(o) != 9) {
        HsErr_Format(HsExc_TypeError, "%s(): illegal time tuple argument", name);
        return -1;
    }
    long v[9];
    for (int i = 0; i < 9; i++) {
        v[i] = HsLong_AsLong(HS_TUPLE_GET(o, i));
        if (v[i] == -1 && HsErr_Occurred() != NULL) {
            return -1;
        }
    }
    memset(t, 0, sizeof(*t));
    t->tm_year = (int)(v[0] - 1900);
    t->tm_mon = (int)v[1] - 1;
    t->tm_mday = (int)v[2];
    t->tm_hour = (int)v[3];
    t->tm_min = (int)v[4];
    t->tm_sec = (int)v[5];
    t->tm_wday = (int)((v[6] + 1) % 7);
    t->tm_yday = (int)v[7] - 1;
    t->tm_isdst = (int)v[8];
    return 0;
}

static HsObject *time_mktime(HsObject *self, HsObject *arg) {
    (void)self;
    struct tm t;
    if (tm_from_tuple("mktime", arg, &t) < 0) {
        return NULL;
    }
    t.tm_wday = -1;
    time_t r = mktime(&t);
    if (r == (time_t)-1 && t.tm_wday == -1) {
        HsErr_SetString(HsExc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return HsFloat_FromDouble((double)r);
}

static HsObject *time_strftime(HsObject *self, HsObject *const *args, Hs_ssize_t nargs) {
    (void)self;
    if (hs_arg_count_varargs("strftime", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!HsUnicode_Check(args[0])) {
        return HsErr_Format(HsExc_TypeError, "strftime() argument 1 must be str, not %.50s",
                            Hs_TYPE(args[0])->tp_name);
    }
    struct tm t;
    if (nargs == 2) {
        if (tm_from_tuple("strftime", args[1], &t) < 0) {
            return NULL;
        }
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &t);
    }
    const char *fmt = HsUnicode_AsUTF8(args[0]);
    if (fmt == NULL) {
        return NULL;
    }
    size_t fmtlen = strlen(fmt);
    for (size_t cap = 1024 + fmtlen * 4;; cap *= 2) {
        char *buf = hs_mem_raw_malloc(cap);
        if (buf == NULL) {
            return HsErr_NoMemory();
        }
        size_t n = strftime(buf, cap, fmt, &t);
        if (n > 0 || fmtlen == 0 || cap > 256 * fmtlen + 65536) {
            buf[n] = '\0';
            HsObject *r = HsUnicode_FromString(buf);
            hs_mem_raw_free(buf);
            return r;
        }
        hs_mem_raw_free(buf);
    }
}

/* ==== module ==== */

#define NOARGS_ENTRY(name, doc) {#name, HS_CFUNC(time_##name), HS_METH_NOARGS, doc}

static HsMethodDef time_methods[] = {
    NOARGS_ENTRY(time, "Return the current time in seconds since the Epoch."),
    NOARGS_ENTRY(time_ns, "Return the current time in nanoseconds since the Epoch."),
    NOARGS_ENTRY(monotonic, "Monotonic clock, cannot go backward."),
    NOARGS_ENTRY(monotonic_ns, "Monotonic clock, cannot go backward, as nanoseconds."),
    NOARGS_ENTRY(perf_counter, "Performance counter for benchmarking."),
    NOARGS_ENTRY(perf_counter_ns, "Performance counter for benchmarking as nanoseconds."),
    NOARGS_ENTRY(process_time, "Process time for profiling: sum of the kernel and user-space CPU "
                               "time."),
    NOARGS_ENTRY(process_time_ns, "Process time for profiling as nanoseconds."),
    {"sleep", HS_CFUNC(time_sleep), HS_METH_O, "Delay execution for a given number of seconds."},
    {"gmtime", HS_CFUNC(time_gmtime), HS_METH_FASTCALL,
     "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", HS_CFUNC(time_localtime), HS_METH_FASTCALL,
     "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", HS_CFUNC(time_mktime), HS_METH_O, "Convert a time tuple in local time to seconds."},
    {"strftime", HS_CFUNC(time_strftime), HS_METH_FASTCALL,
     "Convert a time tuple to a string according to a format specification."},
    {NULL, NULL, 0, NULL},
};

int hs_timemodule_init(HsObject **module_out) {
    *module_out = NULL;
    if (HsType_Ready(&struct_time_type) < 0) {
        return -1;
    }
    HsObject *m = HsModule_New("time");
    if (m == NULL) {
        return -1;
    }
    if (HsModule_AddFunctions(m, time_methods) < 0 ||
        HsModule_AddObjectRef(m, "struct_time", (HsObject *)&struct_time_type) < 0) {
        Hs_DECREF(m);
        return -1;
    }
    *module_out = m;
    return 0;
}
