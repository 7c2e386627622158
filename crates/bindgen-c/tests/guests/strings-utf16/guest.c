// UTF-16 strings (bindings generated with `--string-encoding utf16`):
// `ptr` holds code units and `len` counts them, both ways across the
// boundary, non-BMP characters as surrogate pairs.
#include <stdlib.h>
#include <string.h>

#include "strings_utf16.h"

typedef strings_utf16_string_t string_t;

void exports_test_strings_utf16_text_echo(string_t *s, string_t *ret) {
    *ret = *s;
}

void exports_test_strings_utf16_text_code_units(string_t *s, strings_utf16_list_u16_t *ret) {
    ret->len = s->len;
    ret->ptr = s->ptr;  // the buffer moves over: both are uint16_t arrays
}

void exports_test_strings_utf16_text_from_code_units(strings_utf16_list_u16_t *units, string_t *ret) {
    ret->len = units->len;
    ret->ptr = units->ptr;
}

bool exports_test_strings_utf16_text_first_char(string_t *s, uint32_t *ret) {
    if (s->len == 0) {
        strings_utf16_string_free(s);
        return false;
    }
    uint32_t c = s->ptr[0];
    if (c >= 0xD800 && c < 0xDC00 && s->len > 1) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s->ptr[1] - 0xDC00);
    }
    *ret = c;
    strings_utf16_string_free(s);
    return true;
}

void exports_test_strings_utf16_text_greeting(string_t *ret) {
    // "hé 😀!" : h, é, space, U+1F600 as D83D DE00, !
    static const uint16_t units[] = {0x68, 0xE9, 0x20, 0xD83D, 0xDE00, 0x21};
    size_t n = sizeof units / sizeof units[0];
    ret->ptr = malloc(sizeof units);
    memcpy(ret->ptr, units, sizeof units);
    ret->len = n;
}

void exports_test_strings_utf16_text_bracket_twice(string_t *s, strings_utf16_tuple2_string_u32_t *ret) {
    string_t once;
    test_strings_utf16_host_bracket(s, &once);
    test_strings_utf16_host_bracket(&once, &ret->f0);
    ret->f1 = test_strings_utf16_host_utf16_len(&ret->f0);
    strings_utf16_string_free(&once);
    strings_utf16_string_free(s);
}
