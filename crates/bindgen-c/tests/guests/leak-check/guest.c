// The leak check: a freestanding guest on canon's own allocator, whose
// exports take and return strings, lists and records. It frees every
// parameter with the generated `*_free` and copies what it returns, so the
// generated post-return functions must free all of it.
#include <stdlib.h>
#include <string.h>

#include "canon_freestanding.h"
#include "leak_check.h"

typedef leak_check_string_t string_t;
typedef exports_test_leak_check_work_entry_t entry_t;
typedef leak_check_list_exports_test_leak_check_work_entry_t entries_t;

static void copy_bytes(string_t *to, const uint8_t *from, size_t len) {
    to->len = len;
    to->ptr = len ? malloc(len) : NULL;
    if (len) memcpy(to->ptr, from, len);
}

void exports_test_leak_check_work_upper(string_t *s, string_t *ret) {
    copy_bytes(ret, s->ptr, s->len);
    for (size_t i = 0; i < ret->len; i++) {
        if (ret->ptr[i] >= 'a' && ret->ptr[i] <= 'z') ret->ptr[i] = (uint8_t)(ret->ptr[i] - 32);
    }
    leak_check_string_free(s);
}

void exports_test_leak_check_work_words(string_t *s, leak_check_list_string_t *ret) {
    size_t count = 1;
    for (size_t i = 0; i < s->len; i++) count += s->ptr[i] == ' ';
    ret->len = count;
    ret->ptr = malloc(count * sizeof(string_t));
    size_t start = 0, n = 0;
    for (size_t i = 0; i <= s->len; i++) {
        if (i == s->len || s->ptr[i] == ' ') {
            string_t *w = &ret->ptr[n++];
            copy_bytes(w, s->ptr + start, i - start);
            for (size_t j = 0; j < w->len / 2; j++) {
                uint8_t t = w->ptr[j];
                w->ptr[j] = w->ptr[w->len - 1 - j];
                w->ptr[w->len - 1 - j] = t;
            }
            start = i + 1;
        }
    }
    leak_check_string_free(s);
}

void exports_test_leak_check_work_transform(entries_t *entries, entries_t *ret) {
    ret->len = entries->len;
    ret->ptr = entries->len ? malloc(entries->len * sizeof(entry_t)) : NULL;
    for (size_t i = 0; i < entries->len; i++) {
        entry_t *from = &entries->ptr[i], *to = &ret->ptr[i];
        to->key.len = from->key.len + 1;
        to->key.ptr = malloc(to->key.len);
        memcpy(to->key.ptr, from->key.ptr, from->key.len);
        to->key.ptr[from->key.len] = '!';
        to->values.len = from->values.len;
        to->values.ptr = from->values.len ? malloc(from->values.len * sizeof(uint32_t)) : NULL;
        for (size_t j = 0; j < from->values.len; j++) to->values.ptr[j] = from->values.ptr[j] * 2;
        to->note.is_some = from->note.is_some;
        if (from->note.is_some) copy_bytes(&to->note.val, from->note.val.ptr, from->note.val.len);
    }
    leak_check_list_exports_test_leak_check_work_entry_free(entries);
}

void exports_test_leak_check_work_summarize(entries_t *entries, leak_check_tuple2_u64_string_t *ret) {
    uint64_t total = 0;
    size_t len = 0;
    for (size_t i = 0; i < entries->len; i++) {
        for (size_t j = 0; j < entries->ptr[i].values.len; j++) total += entries->ptr[i].values.ptr[j];
        len += entries->ptr[i].key.len + (i ? 1 : 0);
    }
    ret->f0 = total;
    ret->f1.len = len;
    ret->f1.ptr = len ? malloc(len) : NULL;
    size_t at = 0;
    for (size_t i = 0; i < entries->len; i++) {
        if (i) ret->f1.ptr[at++] = '+';
        memcpy(ret->f1.ptr + at, entries->ptr[i].key.ptr, entries->ptr[i].key.len);
        at += entries->ptr[i].key.len;
    }
    leak_check_list_exports_test_leak_check_work_entry_free(entries);
}

bool exports_test_leak_check_work_parse(string_t *s, leak_check_list_u32_t *ret, string_t *err) {
    size_t count = 1;
    for (size_t i = 0; i < s->len; i++) count += s->ptr[i] == ',';
    uint32_t *values = malloc(count * sizeof(uint32_t));
    size_t n = 0;
    uint32_t value = 0;
    bool digits = false;
    for (size_t i = 0; i <= s->len; i++) {
        if (i == s->len || s->ptr[i] == ',') {
            if (!digits) {
                free(values);
                leak_check_string_free(s);
                leak_check_string_dup(err, "empty number");
                return false;
            }
            values[n++] = value;
            value = 0;
            digits = false;
        } else if (s->ptr[i] >= '0' && s->ptr[i] <= '9') {
            value = value * 10 + (uint32_t)(s->ptr[i] - '0');
            digits = true;
        } else {
            free(values);
            leak_check_string_free(s);
            leak_check_string_dup(err, "not a digit");
            return false;
        }
    }
    ret->ptr = values;
    ret->len = n;
    leak_check_string_free(s);
    return true;
}

uint32_t exports_test_leak_check_work_live_allocations(void) {
    return (uint32_t)canon_live_allocations();
}
