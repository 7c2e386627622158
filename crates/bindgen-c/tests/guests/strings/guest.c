// UTF-8 strings: exports taking and returning strings, and one calling an
// import that takes and returns strings.
#include <stdlib.h>
#include <string.h>

#include "strings.h"

typedef strings_string_t string_t;

static string_t alloc_string(size_t len) {
    string_t s = {len ? malloc(len) : NULL, len};
    return s;
}

void exports_test_strings_text_echo(string_t *s, string_t *ret) {
    // The parameter is ours: hand its buffer on as the result.
    *ret = *s;
}

void exports_test_strings_text_concat(string_t *a, string_t *b, string_t *ret) {
    *ret = alloc_string(a->len + b->len);
    if (a->len) memcpy(ret->ptr, a->ptr, a->len);
    if (b->len) memcpy(ret->ptr + a->len, b->ptr, b->len);
    strings_string_free(a);
    strings_string_free(b);
}

uint32_t exports_test_strings_text_byte_len(string_t *s) {
    uint32_t len = (uint32_t)s->len;
    strings_string_free(s);
    return len;
}

void exports_test_strings_text_reverse(string_t *s, string_t *ret) {
    *ret = alloc_string(s->len);
    size_t i = 0;
    while (i < s->len) {
        size_t n = 1;
        uint8_t lead = s->ptr[i];
        if (lead >= 0xF0) n = 4;
        else if (lead >= 0xE0) n = 3;
        else if (lead >= 0xC0) n = 2;
        memcpy(ret->ptr + s->len - i - n, s->ptr + i, n);
        i += n;
    }
    strings_string_free(s);
}

void exports_test_strings_text_repeat(string_t *s, uint32_t n, string_t *ret) {
    *ret = alloc_string(s->len * n);
    for (uint32_t i = 0; i < n; i++) memcpy(ret->ptr + i * s->len, s->ptr, s->len);
    strings_string_free(s);
}

void exports_test_strings_text_shout_twice(string_t *s, strings_tuple2_string_u32_t *ret) {
    string_t first, second;
    test_strings_host_shout(s, &first);
    test_strings_host_shout(s, &second);
    ret->f0 = alloc_string(first.len + 1 + second.len);
    memcpy(ret->f0.ptr, first.ptr, first.len);
    ret->f0.ptr[first.len] = '/';
    memcpy(ret->f0.ptr + first.len + 1, second.ptr, second.len);
    ret->f1 = test_strings_host_count_chars(s);
    strings_string_free(&first);
    strings_string_free(&second);
    strings_string_free(s);
}

void exports_test_strings_text_empty(string_t *ret) {
    strings_string_set(ret, "");
}
