/* Unit tests for src/modules/collections*.c and functools_cache.c that the Python conformance
 * scripts cannot see: struct sizes (they decide sys.getsizeof), that deque blocks and lru
 * links are all given back, and (debug builds, HS_DEBUG_REFS) that running Python snippets
 * over deque, defaultdict, OrderedDict, Counter and lru_cache leaves the total reference
 * count unchanged once warm. Snippets run in a fresh globals dict through the compiler and
 * the eval loop, with the built-in modules registered as the heapscope command does. */
#include "hs_test.h"
#include "internal/hs_compile.h"
#include "internal/hs_compile_codegen.h"
#include "internal/hs_gc.h"
#include "internal/hs_mem.h"
#include "internal/hs_modules.h"
#include "internal/hs_obj_dict.h"
#include "internal/hs_obj_float.h"
#include "internal/hs_obj_list.h"
#include "internal/hs_obj_tuple.h"
#include "internal/hs_obj_module.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_type.h"
#include "internal/hs_vm.h"
#include "hs/abstract.h"
#include "hs/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static HsObject *builtins_mod;

/* Allocated blocks, not counting objects parked on the dict, list, float and tuple free
 * lists (those lists fill up over the first runs and are not leaks). */
static Hs_ssize_t live_blocks(void) {
    Hs_ssize_t n = (Hs_ssize_t)hs_mem_allocated_blocks() - hs_dict_freelist_count() -
                   hs_list_freelist_count() - hs_float_freelist_count();
    for (Hs_ssize_t size = 1; size < 20; size++) {
        n -= hs_tuple_freelist_count(size);
    }
    return n;
}

static Hs_ssize_t refs(void) {
#if HS_DEBUG_REFS
    return hs_ref_total;
#else
    return 0;
#endif
}

/* Start the runtime with sys, builtins and the C modules importable (once). */
static void start(void) {
    if (builtins_mod != NULL) {
        return;
    }
    static char arg0[] = "test_collections", *argv[] = {arg0, NULL};
    HsObject *sys = NULL;
    if (hs_vm_init() < 0 || hs_builtins_init(&builtins_mod) < 0 ||
        hs_sys_init(builtins_mod, 1, argv, &sys) < 0) {
        printf("runtime start failed\n");
        exit(1);
    }
    HsObject *mods = HsObject_GetAttrString(sys, "modules");
    HsObject *path = HsObject_GetAttrString(sys, "path");
    hs_vm_import_init(mods, path, builtins_mod);
    if (hs_modules_register_builtins() < 0) {
        printf("module registration failed\n");
        exit(1);
    }
    Hs_DECREF(mods);
    Hs_DECREF(path);
}

/* Run 'src' as a module body in a fresh namespace; 1 if it ran without an exception. */
static int run(const char *src) {
    HsCompileError err = {0};
    HsObject *co = hs_comp_compile(src, strlen(src), "<test>", HS_PARSE_FILE, &err);
    if (co == NULL) {
        hs_comp_error_clear(&err);
        return 0;
    }
    HsObject *globals = HsDict_New();
    HsDict_SetItemString(globals, "__builtins__", builtins_mod);
    HsObject *r = hs_vm_eval_code((HsCodeObject *)co, globals, globals);
    int ok = r != NULL;
    if (!ok) {
        HsErr_Print();
    }
    Hs_XDECREF(r);
    HsDict_Clear(globals);
    Hs_DECREF(globals);
    Hs_DECREF(co);
    hs_gc_collect(2);
    return ok;
}

/* Run 'src' once to warm caches, then three more times: the reference total must not move
 * (debug builds) and, with 'blocks_too', allocated blocks must come back to the same figure
 * (only for code that avoids dict copies: dict's keys free list is not visible here). */
static void check_no_leak(const char *src, int blocks_too) {
    start();
    HS_CHECK(run(src));
    HS_CHECK(run(src));
    Hs_ssize_t before = refs();
    Hs_ssize_t blocks = live_blocks();
    for (int i = 0; i < 3; i++) {
        HS_CHECK(run(src));
        if (getenv("HS_TEST_VERBOSE") != NULL) {
            printf("  blocks %zd refs %zd\n", live_blocks(), refs());
        }
    }
    HS_CHECK_EQ(refs(), before);
    if (blocks_too) {
        HS_CHECK_EQ(live_blocks(), blocks);
    }
}

/* HS_TEST_SNIPPET=<code>: report the leak check of that code alone (for bisecting). */
static void test_snippet_from_env(void) {
    const char *src = getenv("HS_TEST_SNIPPET");
    if (src != NULL) {
        check_no_leak(src, 1);
    }
}

static void test_struct_sizes(void) {
    start();
    HsObject *m = NULL;
    HS_CHECK(hs_collections_init(&m) == 0);
    Hs_XDECREF(m);
    /* CPython 3.11 (64-bit): dequeobject 216, defdictobject 56, PyODictObject 112, and the
     * Counter heap type's 56 + 16 managed-dict pre-header. */
    HS_CHECK_EQ(HsDeque_Type.tp_basicsize, 216);
    HS_CHECK_EQ(HsDefaultDict_Type.tp_basicsize, 56);
    HS_CHECK_EQ(HsODict_Type.tp_basicsize, 112);
    HS_CHECK_EQ(HsCounter_Type.tp_basicsize, 72);
    HS_CHECK(HsType_IsSubtype(&HsCounter_Type, &HsDict_Type));
    HS_CHECK(HsDict_Check((HsObject *)&HsODict_Type) == 0);
}

static void test_deque_leaks(void) {
    check_no_leak("from collections import deque\n"
                  "d = deque(range(1000))\n"
                  "d.rotate(333); d.rotate(-700); d.extendleft(range(200)); d.insert(500, d)\n"
                  "del d[10]; d.remove(d); d.reverse(); d *= 2; e = d + d; e.clear()\n"
                  "m = deque(range(50), maxlen=7); m.extend(range(100)); m.appendleft(1)\n"
                  "it = iter(d); next(it); d.pop()\n"
                  "try:\n    next(it)\nexcept RuntimeError:\n    pass\n"
                  "c = deque(); c.append(c); r = repr(c)\n"
                  "while d:\n    d.popleft()\n",
                  1);
}

static void test_dict_subtype_leaks(void) {
    check_no_leak("from collections import defaultdict, OrderedDict, Counter\n"
                  "dd = defaultdict(list); dd['a'].append(dd); x = dd | {'b': 1}; dd.copy()\n"
                  "od = OrderedDict.fromkeys('abcdef'); od.move_to_end('a', last=False)\n"
                  "od.move_to_end('c'); od.popitem(False); od['z'] = od; repr(od)\n"
                  "od == OrderedDict(od); list(od.items()); od | {'q': 2}\n"
                  "c = Counter('abracadabra'); c.update(c); c.subtract('aa'); c.most_common(2)\n"
                  "c2 = c + c - Counter(a=3) | Counter(z=1) & c; c += c; c -= Counter(b=1)\n"
                  "-c; +c; c <= c2; repr(c); list(c.elements()); c.total()\n"
                  "from collections import ChainMap\n"
                  "cm = ChainMap({'a': 1}, dd); cm['b'] = cm; len(cm); list(cm); repr(cm)\n"
                  "cm.new_child(x=1).parents | {'z': 0}; cm.copy() == cm; cm.pop('b')\n",
                  0);
}

static void test_lru_leaks(void) {
    check_no_leak("import functools\n"
                  "@functools.lru_cache(maxsize=3)\n"
                  "def f(x, y=0):\n    return [x, y]\n"
                  "for i in range(20):\n    f(i % 5, y=i % 2); f(i % 4)\n"
                  "f.cache_info(); f.cache_clear(); f(1)\n"
                  "@functools.cache\n"
                  "def g(n):\n    return n if n < 2 else g(n - 1) + g(n - 2)\n"
                  "g(50)\n"
                  "h = functools.lru_cache(maxsize=0, typed=True)(lambda *a, **k: a)\n"
                  "h(1, a=2); h(1.0)\n"
                  "def w():\n    pass\n"
                  "functools.wraps(f)(w)\n",
                  0);
}

/* A full bounded cache reuses its oldest link: the block count stays flat as keys churn. */
static void test_lru_link_reuse(void) {
    start();
    HS_CHECK(run("import functools\n"
                 "f = functools.lru_cache(maxsize=4)(lambda x: None)\n"
                 "for i in range(10):\n    f(i)\n"));
    Hs_ssize_t blocks = live_blocks();
    HS_CHECK(run("import functools\n"
                 "f = functools.lru_cache(maxsize=4)(lambda x: None)\n"
                 "for i in range(1000):\n    f(i)\n"
                 "assert f.cache_info().currsize == 4 and f.cache_info().misses == 1000\n"));
    HS_CHECK_EQ(live_blocks(), blocks);
}

HS_TEST_MAIN(test_snippet_from_env, test_struct_sizes, test_deque_leaks, test_dict_subtype_leaks,
             test_lru_leaks, test_lru_link_reuse)
