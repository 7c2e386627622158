// A WASI reactor on wasi-libc: printf and fflush to stdout, snprintf,
// qsort, getenv and many malloc/realloc/free calls.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasi_printf.h"

typedef wasi_printf_string_t string_t;

static char *c_string(const string_t *s) {
    char *c = malloc(s->len + 1);
    memcpy(c, s->ptr, s->len);
    c[s->len] = 0;
    return c;
}

static void take(string_t *ret, char *c) {
    // `c` came from malloc: it becomes the result, freed by post-return.
    ret->ptr = (uint8_t *)c;
    ret->len = strlen(c);
}

void exports_test_wasi_printf_report_line(string_t *name, uint32_t items, double share, string_t *ret) {
    char *n = c_string(name);
    int len = snprintf(NULL, 0, "%s has %u items (%.2f%%)\n", n, (unsigned)items, share);
    char *text = malloc((size_t)len + 1);
    snprintf(text, (size_t)len + 1, "%s has %u items (%.2f%%)\n", n, (unsigned)items, share);
    printf("%s", text);
    fflush(stdout);
    free(n);
    wasi_printf_string_free(name);
    take(ret, text);
}

static int compare(const void *a, const void *b) {
    int32_t x = **(int32_t *const *)a, y = **(int32_t *const *)b;
    return (x > y) - (x < y);
}

void exports_test_wasi_printf_report_sorted(wasi_printf_list_s32_t *xs, wasi_printf_list_s32_t *ret) {
    // One block per element, sorted by pointer, to exercise malloc.
    int32_t **boxes = malloc(xs->len * sizeof(int32_t *) + 1);
    for (size_t i = 0; i < xs->len; i++) {
        boxes[i] = malloc(sizeof(int32_t));
        *boxes[i] = xs->ptr[i];
    }
    qsort(boxes, xs->len, sizeof(int32_t *), compare);
    ret->len = xs->len;
    ret->ptr = malloc(xs->len * sizeof(int32_t) + 1);
    for (size_t i = 0; i < xs->len; i++) {
        ret->ptr[i] = *boxes[i];
        printf("sorted[%zu] = %d\n", i, (int)ret->ptr[i]);
        free(boxes[i]);
    }
    fflush(stdout);
    free(boxes);
    wasi_printf_list_s32_free(xs);
}

void exports_test_wasi_printf_report_numbers(uint32_t n, string_t *ret) {
    size_t cap = 1, len = 0;
    char *buf = malloc(cap);
    buf[0] = 0;
    for (uint32_t i = 0; i < n; i++) {
        char piece[16];
        int m = snprintf(piece, sizeof piece, i ? " %u" : "%u", (unsigned)i);
        while (len + (size_t)m + 1 > cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        memcpy(buf + len, piece, (size_t)m + 1);
        len += (size_t)m;
    }
    take(ret, buf);
}

bool exports_test_wasi_printf_report_env(string_t *name, string_t *ret) {
    char *n = c_string(name);
    const char *value = getenv(n);
    free(n);
    wasi_printf_string_free(name);
    if (!value) return false;
    wasi_printf_string_dup(ret, value);
    return true;
}
