/* Arenas: 1 MiB regions mmap'ed from the OS, each cut into 64 pools of 16 KiB.
 * Models CPython 3.11's Objects/obmalloc.c: new_arena(), the arena half of
 * allocate_from_new_pool() and of insert_to_freepool(), and the arena map.
 * Invariants (see the arena object in internal/hs_mem_pool.h):
 *   - every mapped arena is 1 MiB aligned and has a slot in hs_mem_state.arenas, and the
 *     arena map gives that slot (+1) for each of its addresses, 0 for any other address;
 *   - usable_arenas holds exactly the arenas with a free pool, sorted by arena_nfreepools
 *     ascending; nfp2lasta[n] is the rightmost arena in it with n free pools;
 *   - an arena whose pools are all empty is unmapped at once unless it is the last arena of
 *     usable_arenas (CPython 3.9+ keeps that one to avoid thrashing, bpo-37257).
 * Metadata (arena table, map leaves) comes from the C library and is not counted as heap.
 * See docs/internals/memory.md. */
#include "internal/hs_mem_pool.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ==== constants and state ==== */
#define INITIAL_ARENA_OBJECTS 16

HsMemMapLeaf *hs_mem_map_root[HS_MEM_MAP_ROOT_LEN];
size_t hs_mem_map_leaves;

/* ==== arena map ==== */

/* The nodes CPython 3.11's three-level arena map would hold for the arenas mapped so far
 * (64-bit: 15 root bits, 15 mid bits, 14 bot bits above the 20 arena bits; nodes never
 * freed), which sys._debugmallocstats() reports in CPython's terms. */
size_t hs_mem_cpython_map_mid, hs_mem_cpython_map_bot;
static uintptr_t seen_mid[64], seen_bot[64];

static void note_node(uintptr_t *seen, size_t *count, uintptr_t key) {
    size_t n = *count < 64 ? *count : 64;
    for (size_t i = 0; i < n; i++) {
        if (seen[i] == key) {
            return;
        }
    }
    if (*count < 64) {
        seen[*count] = key;
    }
    (*count)++;
}

/* Set the map entry of the arena at 'base' to 'value' (slot index + 1, or 0).
 * Returns 0 on success, -1 if a leaf could not be allocated. */
static int map_set(uintptr_t base, uint32_t value) {
    uintptr_t r = base >> (20 + HS_MEM_MAP_LEAF_BITS);
    if (r >= HS_MEM_MAP_ROOT_LEN) {
        return -1; /* beyond the 48-bit address space the map covers */
    }
    if (hs_mem_map_root[r] == NULL) {
        if (value == 0) {
            return 0;
        }
        HsMemMapLeaf *leaf = calloc(1, sizeof(HsMemMapLeaf));
        if (leaf == NULL) {
            return -1;
        }
        hs_mem_map_root[r] = leaf;
        hs_mem_map_leaves++;
    }
    hs_mem_map_root[r]->leaf_slot[(base >> 20) & (HS_MEM_MAP_LEAF_LEN - 1)] = value;
    if (value != 0) {
        note_node(seen_mid, &hs_mem_cpython_map_mid, base >> 49);
        note_node(seen_bot, &hs_mem_cpython_map_bot, base >> 34);
    }
    return 0;
}

/* ==== OS layer ==== */

/* Map 1 MiB aligned on 1 MiB: map twice that and trim both ends. NULL on failure. */
static void *os_map_arena(void) {
    size_t span = 2 * HS_MEM_ARENA_SIZE;
    void *m = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) {
        return NULL;
    }
    uintptr_t start = (uintptr_t)m;
    uintptr_t base = (start + HS_MEM_ARENA_MASK) & ~(uintptr_t)HS_MEM_ARENA_MASK;
    size_t head = base - start;
    size_t tail = span - head - HS_MEM_ARENA_SIZE;
    if (head != 0) {
        munmap(m, head);
    }
    if (tail != 0) {
        munmap((void *)(base + HS_MEM_ARENA_SIZE), tail);
    }
    HS_MEM_LSAN_ROOT((void *)base, HS_MEM_ARENA_SIZE);
    return (void *)base;
}

static void os_unmap_arena(void *base) {
    HS_MEM_LSAN_UNROOT(base, HS_MEM_ARENA_SIZE);
    HS_MEM_UNPOISON(base, HS_MEM_ARENA_SIZE);
    munmap(base, HS_MEM_ARENA_SIZE);
}

/* ==== arena table ==== */

/* Double the arena table and put the new slots on unused_arenas. -1 on failure.
 * Only called when usable_arenas is empty, so no pointer into the old table survives
 * (pools name their arena by index). */
static int grow_arena_table(void) {
    HsMemState *st = &hs_mem_state;
    unsigned n = st->maxarenas ? st->maxarenas << 1 : INITIAL_ARENA_OBJECTS;
    if (n <= st->maxarenas || n > UINT32_MAX - 1) {
        return -1;
    }
    HsMemArena *table = realloc(st->arenas, (size_t)n * sizeof(HsMemArena));
    if (table == NULL) {
        return -1;
    }
    HS_ASSERT(st->usable_arenas == NULL && st->unused_arenas == NULL);
    st->arenas = table;
    for (unsigned i = st->maxarenas; i < n; i++) {
        table[i].arena_address = 0;
        table[i].arena_next = i < n - 1 ? &table[i + 1] : NULL;
    }
    st->unused_arenas = &table[st->maxarenas];
    st->maxarenas = n;
    return 0;
}

/* Map a new arena into an unused slot. Returns the slot, not yet on usable_arenas; NULL if
 * memory could not be had. Post: 64 never-carved pools, all poisoned under ASan. */
static HsMemArena *new_arena(void) {
    HsMemState *st = &hs_mem_state;
    if (st->unused_arenas == NULL && grow_arena_table() < 0) {
        return NULL;
    }
    HsMemArena *ao = st->unused_arenas;
    void *address = os_map_arena();
    if (address == NULL) {
        return NULL;
    }
    if (map_set((uintptr_t)address, (uint32_t)(ao - st->arenas) + 1) < 0) {
        os_unmap_arena(address);
        return NULL;
    }
    HS_MEM_POISON(address, HS_MEM_ARENA_SIZE);
    st->unused_arenas = ao->arena_next;
    ao->arena_address = (uintptr_t)address;
    ao->arena_pool_address = (hs_block *)address;
    ao->arena_nfreepools = HS_MEM_POOLS_PER_ARENA; /* aligned: no pool lost */
    ao->arena_ntotalpools = HS_MEM_POOLS_PER_ARENA;
    ao->arena_freepools = NULL;
    ao->arena_next = ao->arena_prev = NULL;
    st->arenas_allocated++;
    st->arenas_current++;
    if (st->arenas_current > st->arenas_highwater) {
        st->arenas_highwater = st->arenas_current;
    }
    return ao;
}

/* Unmap a wholly free arena already unlinked from usable_arenas; its slot becomes unused. */
static void free_arena(HsMemArena *ao) {
    HsMemState *st = &hs_mem_state;
    (void)map_set(ao->arena_address, 0);
    os_unmap_arena((void *)ao->arena_address);
    ao->arena_address = 0;
    ao->arena_next = st->unused_arenas;
    st->unused_arenas = ao;
    st->arenas_current--;
}

/* ==== usable_arenas ordering ====
 * usable_arenas is kept sorted by free-pool count, fewest first, so pools are taken from the
 * fullest arenas and the emptier ones get a chance to drain and be returned to the OS.
 * nfp2lasta[n] names the last arena of the run with n free pools (NULL: no such arena), which
 * makes every re-sort O(1): a count only ever changes by one, so an arena moves at most to
 * the end of its old run. */

/* Takes 'arena' out of usable_arenas (its own links are left stale). */
static void usable_remove(HsMemArena *arena) {
    HsMemState *st = &hs_mem_state;
    HsMemArena *before = arena->arena_prev, *after = arena->arena_next;
    HsMemArena **incoming = before != NULL ? &before->arena_next : &st->usable_arenas;
    HS_ASSERT(*incoming == arena);
    *incoming = after;
    if (after != NULL) {
        HS_ASSERT(after->arena_prev == arena);
        after->arena_prev = before;
    }
}

/* Links 'arena' into usable_arenas right after 'anchor', or at the front if 'anchor' is NULL. */
static void usable_insert_after(HsMemArena *arena, HsMemArena *anchor) {
    HsMemState *st = &hs_mem_state;
    HsMemArena **incoming = anchor != NULL ? &anchor->arena_next : &st->usable_arenas;
    HsMemArena *after = *incoming;
    arena->arena_prev = anchor;
    arena->arena_next = after;
    if (after != NULL) {
        after->arena_prev = arena;
    }
    *incoming = arena;
}

/* Call before 'arena's count changes: if it ends the run of its count, the arena before it
 * ends that run now (when it has the same count) or the run is gone. */
static void run_end_release(HsMemArena *arena) {
    HsMemState *st = &hs_mem_state;
    unsigned count = arena->arena_nfreepools;
    if (st->nfp2lasta[count] != arena) {
        return;
    }
    HsMemArena *before = arena->arena_prev;
    bool same_run = before != NULL && before->arena_nfreepools == count;
    st->nfp2lasta[count] = same_run ? before : NULL;
}

/* Call after 'arena' took its place: it ends its run if the run was empty until now. */
static void run_end_claim(HsMemArena *arena) {
    HsMemState *st = &hs_mem_state;
    HsMemArena **slot = &st->nfp2lasta[arena->arena_nfreepools];
    if (*slot == NULL) {
        *slot = arena;
    }
}

/* The front arena hands out a pool. Its count was the smallest and drops further, so it stays
 * in front; once it has no free pool left it leaves the list. */
static void front_gives_pool(HsMemArena *front) {
    HS_ASSERT(front == hs_mem_state.usable_arenas && front->arena_nfreepools > 0);
    run_end_release(front); // the front has no predecessor: its run slot simply empties
    front->arena_nfreepools--;
    if (front->arena_nfreepools == 0) {
        usable_remove(front);
        front->arena_next = NULL;
        front->arena_prev = NULL;
        return;
    }
    HS_ASSERT(hs_mem_state.nfp2lasta[front->arena_nfreepools] == NULL);
    run_end_claim(front);
}

/* 'arena' got a pool back and now has 'count' free pools; 'old_run_end' ended the run of
 * count - 1 before the change. A previously full arena enters at the front (the smallest
 * count there is); otherwise it moves to just after the end of its old run, which keeps the
 * order, and stays put when it was that end itself. */
static void place_after_return(HsMemArena *arena, unsigned count, HsMemArena *old_run_end) {
    if (count == 1) {
        usable_insert_after(arena, NULL);
        run_end_claim(arena);
        return;
    }
    run_end_claim(arena);
    if (arena == old_run_end) {
        return;
    }
    HS_ASSERT(arena->arena_next != NULL && old_run_end != NULL);
    usable_remove(arena);
    usable_insert_after(arena, old_run_end);
    HS_ASSERT(arena->arena_next == NULL || count <= arena->arena_next->arena_nfreepools);
    HS_ASSERT(count > arena->arena_prev->arena_nfreepools);
}

/* ==== internal API ==== */

HsMemPool *hs_mem_arena_take_pool(void) {
    HsMemState *st = &hs_mem_state;
    HsMemArena *ao = st->usable_arenas;
    if (HS_UNLIKELY(ao == NULL)) {
        ao = new_arena();
        if (ao == NULL) {
            return NULL;
        }
        // the list was empty: the fresh arena is all of it and ends its count's run
        usable_insert_after(ao, NULL);
        run_end_claim(ao);
    }
    HS_ASSERT(ao->arena_address != 0 && ao->arena_nfreepools > 0);
    HsMemPool *pool = ao->arena_freepools;
    if (HS_LIKELY(pool != NULL)) {
        ao->arena_freepools = pool->pool_next; /* reuse an empty pool: header is valid */
    } else {
        /* Carve off a new pool. */
        HS_ASSERT((uintptr_t)ao->arena_pool_address <=
                  ao->arena_address + HS_MEM_ARENA_SIZE - HS_MEM_POOL_SIZE);
        pool = (HsMemPool *)(void *)ao->arena_pool_address;
        HS_MEM_UNPOISON(pool, sizeof(HsMemPool));
        pool->pool_arenaindex = (unsigned)(ao - st->arenas);
        pool->pool_szidx = HS_MEM_DUMMY_SIZE_IDX;
        pool->pool_count = 0;
        pool->pool_pad = 0;
        ao->arena_pool_address += HS_MEM_POOL_SIZE;
    }
    front_gives_pool(ao);
    return pool;
}

void hs_mem_arena_give_pool(HsMemPool *pool) {
    HsMemState *st = &hs_mem_state;
    HsMemArena *arena = &st->arenas[pool->pool_arenaindex];
    pool->pool_next = arena->arena_freepools;
    arena->arena_freepools = pool;
    unsigned old_count = arena->arena_nfreepools;
    HsMemArena *old_run_end = st->nfp2lasta[old_count];
    // a full arena is in no run; any other is in the run 'old_run_end' closes
    HS_ASSERT(old_count == 0 ? old_run_end == NULL
                             : old_run_end != NULL && old_run_end->arena_nfreepools == old_count);
    run_end_release(arena);
    arena->arena_nfreepools = old_count + 1;
    bool all_free = arena->arena_nfreepools == arena->arena_ntotalpools;
    if (all_free && arena->arena_next != NULL) {
        // unmapped unless it is the list's last arena, which is kept against thrashing
        usable_remove(arena);
        free_arena(arena);
        return;
    }
    place_after_return(arena, arena->arena_nfreepools, old_run_end);
}
