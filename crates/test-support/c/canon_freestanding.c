/* canon_freestanding.c: a small C runtime for guests linked with
 * `-nostdlib`, so that they import nothing from WASI.
 *
 * The allocator keeps one free list per power-of-two size class, from 16
 * bytes up. Every block has a 16-byte header holding its class, so payloads
 * are 16-byte aligned. New blocks are cut from the end of linear memory,
 * which grows with memory.grow; memory is never given back. realloc keeps a
 * block whose class is already big enough, else copies into a new one. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "canon_freestanding.h"

#define CANON_HEADER 16u
#define CANON_MIN_CLASS 4u  /* 16-byte payloads */
#define CANON_CLASSES 28u   /* up to 2 GiB */
#define CANON_PAGE 65536u

extern unsigned char __heap_base;

struct canon_block {
    struct canon_block *next; /* while free */
};

static struct canon_block *canon_free_lists[CANON_CLASSES];
static uintptr_t canon_heap_next;
static uintptr_t canon_heap_end;
static size_t canon_live;

size_t canon_live_allocations(void) {
    return canon_live;
}

/* The class index of a payload of `size` bytes, or CANON_CLASSES when too
 * large. */
static unsigned canon_class_of(size_t size) {
    unsigned class_index = 0;
    size_t capacity = (size_t)1 << CANON_MIN_CLASS;
    while (capacity < size) {
        if (class_index + 1 >= CANON_CLASSES) {
            return CANON_CLASSES;
        }
        class_index++;
        capacity <<= 1;
    }
    return class_index;
}

static size_t canon_capacity_of(unsigned class_index) {
    return (size_t)1 << (class_index + CANON_MIN_CLASS);
}

static unsigned *canon_header_of(void *payload) {
    return (unsigned *)((unsigned char *)payload - CANON_HEADER);
}

/* `total` fresh bytes from the end of the heap, 16-byte aligned, or NULL. */
static void *canon_heap_take(size_t total) {
    if (canon_heap_next == 0) {
        canon_heap_next = ((uintptr_t)&__heap_base + 15u) & ~(uintptr_t)15u;
        canon_heap_end = __builtin_wasm_memory_size(0) * (uintptr_t)CANON_PAGE;
    }
    if (total > UINTPTR_MAX - canon_heap_next) {
        return NULL;
    }
    uintptr_t end = canon_heap_next + total;
    if (end > canon_heap_end) {
        uintptr_t missing = end - canon_heap_end;
        uintptr_t pages = (missing + CANON_PAGE - 1) / CANON_PAGE;
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) {
            return NULL;
        }
        canon_heap_end += pages * CANON_PAGE;
    }
    void *block = (void *)canon_heap_next;
    canon_heap_next = end;
    return block;
}

void *malloc(size_t size) {
    unsigned class_index = canon_class_of(size);
    if (class_index >= CANON_CLASSES) {
        return NULL;
    }
    void *payload;
    struct canon_block *reused = canon_free_lists[class_index];
    if (reused) {
        canon_free_lists[class_index] = reused->next;
        payload = reused;
    } else {
        unsigned char *block = canon_heap_take(CANON_HEADER + canon_capacity_of(class_index));
        if (!block) {
            return NULL;
        }
        payload = block + CANON_HEADER;
    }
    *canon_header_of(payload) = class_index;
    canon_live++;
    return payload;
}

void free(void *payload) {
    if (!payload) {
        return;
    }
    unsigned class_index = *canon_header_of(payload);
    if (class_index >= CANON_CLASSES) {
        __builtin_trap(); /* not a block of ours, or freed twice */
    }
    *canon_header_of(payload) = CANON_CLASSES;
    struct canon_block *block = payload;
    block->next = canon_free_lists[class_index];
    canon_free_lists[class_index] = block;
    canon_live--;
}

void *calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) {
        return NULL;
    }
    void *payload = malloc(count * size);
    if (payload) {
        memset(payload, 0, count * size);
    }
    return payload;
}

void *realloc(void *payload, size_t size) {
    if (!payload) {
        return malloc(size);
    }
    if (size == 0) {
        free(payload);
        return NULL;
    }
    unsigned class_index = *canon_header_of(payload);
    if (class_index >= CANON_CLASSES) {
        __builtin_trap();
    }
    size_t capacity = canon_capacity_of(class_index);
    if (size <= capacity) {
        return payload;
    }
    void *moved = malloc(size);
    if (!moved) {
        return NULL;
    }
    memcpy(moved, payload, capacity);
    free(payload);
    return moved;
}

/* The string and memory functions are written as loops; `no_builtin` keeps
 * the optimiser from turning each loop back into a call to itself. */

__attribute__((no_builtin)) void *memcpy(void *restrict dest, const void *restrict src, size_t n) {
    unsigned char *d = dest;
    const unsigned char *s = src;
    for (size_t i = 0; i < n; i++) {
        d[i] = s[i];
    }
    return dest;
}

__attribute__((no_builtin)) void *memmove(void *dest, const void *src, size_t n) {
    unsigned char *d = dest;
    const unsigned char *s = src;
    if (d < s) {
        for (size_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
    } else if (d > s) {
        for (size_t i = n; i > 0; i--) {
            d[i - 1] = s[i - 1];
        }
    }
    return dest;
}

__attribute__((no_builtin)) void *memset(void *dest, int c, size_t n) {
    unsigned char *d = dest;
    for (size_t i = 0; i < n; i++) {
        d[i] = (unsigned char)c;
    }
    return dest;
}

__attribute__((no_builtin)) int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a;
    const unsigned char *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i]) {
            return x[i] < y[i] ? -1 : 1;
        }
    }
    return 0;
}

__attribute__((no_builtin)) size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n]) {
        n++;
    }
    return n;
}

void abort(void) {
    __builtin_trap();
}
