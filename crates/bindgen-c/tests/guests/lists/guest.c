// Lists of bytes, of u32, of strings, of records and of lists, empty ones
// included.
#include <stdlib.h>
#include <string.h>

#include "lists.h"

typedef lists_string_t string_t;
typedef exports_test_lists_ops_point_t point_t;

uint64_t exports_test_lists_ops_sum_bytes(lists_list_u8_t *bytes) {
    uint64_t sum = 0;
    for (size_t i = 0; i < bytes->len; i++) sum += bytes->ptr[i];
    lists_list_u8_free(bytes);
    return sum;
}

void exports_test_lists_ops_reverse_bytes(lists_list_u8_t *bytes, lists_list_u8_t *ret) {
    for (size_t i = 0; i < bytes->len / 2; i++) {
        uint8_t t = bytes->ptr[i];
        bytes->ptr[i] = bytes->ptr[bytes->len - 1 - i];
        bytes->ptr[bytes->len - 1 - i] = t;
    }
    *ret = *bytes;
}

void exports_test_lists_ops_double_u32(lists_list_u32_t *xs, lists_list_u32_t *ret) {
    ret->len = xs->len + 1;
    ret->ptr = malloc(ret->len * sizeof(uint32_t));
    for (size_t i = 0; i < xs->len; i++) ret->ptr[i] = xs->ptr[i] * 2u;
    ret->ptr[xs->len] = (uint32_t)xs->len;
    lists_list_u32_free(xs);
}

void exports_test_lists_ops_join(lists_list_string_t *parts, string_t *sep, string_t *ret) {
    size_t len = 0;
    for (size_t i = 0; i < parts->len; i++) len += parts->ptr[i].len + (i ? sep->len : 0);
    ret->len = len;
    ret->ptr = len ? malloc(len) : NULL;
    size_t at = 0;
    for (size_t i = 0; i < parts->len; i++) {
        if (i) {
            memcpy(ret->ptr + at, sep->ptr, sep->len);
            at += sep->len;
        }
        memcpy(ret->ptr + at, parts->ptr[i].ptr, parts->ptr[i].len);
        at += parts->ptr[i].len;
    }
    lists_list_string_free(parts);
    lists_string_free(sep);
}

void exports_test_lists_ops_split(string_t *s, lists_list_string_t *ret) {
    size_t count = 1;
    for (size_t i = 0; i < s->len; i++) count += s->ptr[i] == ',';
    ret->len = count;
    ret->ptr = malloc(count * sizeof(string_t));
    size_t start = 0, n = 0;
    for (size_t i = 0; i <= s->len; i++) {
        if (i == s->len || s->ptr[i] == ',') {
            size_t len = i - start;
            ret->ptr[n].len = len;
            ret->ptr[n].ptr = len ? malloc(len) : NULL;
            if (len) memcpy(ret->ptr[n].ptr, s->ptr + start, len);
            n++;
            start = i + 1;
        }
    }
    lists_string_free(s);
}

void exports_test_lists_ops_move_points(lists_list_exports_test_lists_ops_point_t *points,
                                          int32_t dx, int32_t dy,
                                          lists_list_exports_test_lists_ops_point_t *ret) {
    ret->len = points->len;
    ret->ptr = points->len ? malloc(points->len * sizeof(point_t)) : NULL;
    for (size_t i = 0; i < points->len; i++) {
        point_t *from = &points->ptr[points->len - 1 - i];
        point_t *to = &ret->ptr[i];
        to->x = from->x + dx;
        to->y = from->y + dy;
        to->label.len = from->label.len + 1;
        to->label.ptr = malloc(to->label.len);
        memcpy(to->label.ptr, from->label.ptr, from->label.len);
        to->label.ptr[from->label.len] = '\'';
    }
    lists_list_exports_test_lists_ops_point_free(points);
}

void exports_test_lists_ops_reverse_nested(lists_list_list_u16_t *xss, lists_list_list_u16_t *ret) {
    for (size_t i = 0; i < xss->len; i++) {
        lists_list_u16_t *xs = &xss->ptr[i];
        for (size_t j = 0; j < xs->len / 2; j++) {
            uint16_t t = xs->ptr[j];
            xs->ptr[j] = xs->ptr[xs->len - 1 - j];
            xs->ptr[xs->len - 1 - j] = t;
        }
    }
    for (size_t i = 0; i < xss->len / 2; i++) {
        lists_list_u16_t t = xss->ptr[i];
        xss->ptr[i] = xss->ptr[xss->len - 1 - i];
        xss->ptr[xss->len - 1 - i] = t;
    }
    *ret = *xss;
}

void exports_test_lists_ops_lengths(lists_list_list_u16_t *xss, lists_list_u32_t *ret) {
    ret->len = xss->len;
    ret->ptr = xss->len ? malloc(xss->len * sizeof(uint32_t)) : NULL;
    for (size_t i = 0; i < xss->len; i++) ret->ptr[i] = (uint32_t)xss->ptr[i].len;
    lists_list_list_u16_free(xss);
}

void exports_test_lists_ops_empty_u32(lists_list_u32_t *ret) {
    ret->ptr = NULL;
    ret->len = 0;
}

void exports_test_lists_ops_empty_strings(lists_list_string_t *ret) {
    ret->ptr = NULL;
    ret->len = 0;
}

void exports_test_lists_ops_triangle(uint16_t n, lists_list_list_u16_t *ret) {
    ret->len = n;
    ret->ptr = n ? malloc(n * sizeof(lists_list_u16_t)) : NULL;
    for (uint16_t i = 0; i < n; i++) {
        ret->ptr[i].len = i;
        ret->ptr[i].ptr = i ? malloc(i * sizeof(uint16_t)) : NULL;
        for (uint16_t j = 0; j < i; j++) ret->ptr[i].ptr[j] = j;
    }
}
