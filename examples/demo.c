/* The first `make demo`: builds objects, drops references and shows each one freed the
 * moment its count reaches zero. Replaced by the allocator + collector demo as those land. */
#include "internal/hs_obj.h"

#include <stdio.h>

static void plain_dealloc(HsObject *op) {
    printf("  freed object at %p\n", (void *)op);
    hs_obj_free(op);
}

static HsTypeObject Plain_Type = {
    .ob_base = HsVarObject_HEAD_INIT(&HsType_Type, 0),
    .tp_name = "plain",
    .tp_basicsize = sizeof(HsObject),
    .tp_dealloc = plain_dealloc,
};

int main(void) {
    HsObject *a = hs_obj_new(&Plain_Type, sizeof(HsObject));
    if (a == NULL) {
        return 1;
    }
    printf("a = new object at %p, refcount %zd\n", (void *)a, (ssize_t)Hs_REFCNT(a));
    HsObject *b = Hs_NewRef(a);
    printf("b = a              refcount %zd\n", (ssize_t)Hs_REFCNT(a));
    Hs_DECREF(b);
    printf("del b              refcount %zd\n", (ssize_t)Hs_REFCNT(a));
    printf("del a:\n");
    Hs_DECREF(a);
    return 0;
}
