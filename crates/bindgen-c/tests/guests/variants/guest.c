// Variants, enums, flags of one, two and eight bytes, options and results:
// at the top level (the bool and out-parameter forms) and nested.
#include <stdlib.h>
#include <string.h>

#include "variants.h"

typedef variants_string_t string_t;
typedef exports_test_variants_kinds_shape_t shape_t;

#define K(name) EXPORTS_TEST_VARIANTS_KINDS_##name

float exports_test_variants_kinds_area(shape_t *s) {
    float area = 0;
    switch (s->tag) {
    case K(SHAPE_CIRCLE): area = s->val.circle * s->val.circle * 3; break;
    case K(SHAPE_RECT): area = s->val.rect.f0 * s->val.rect.f1; break;
    case K(SHAPE_DOT): area = 0; break;
    case K(SHAPE_NAMED): area = (float)s->val.named.len; break;
    default: abort();
    }
    exports_test_variants_kinds_shape_free(s);
    return area;
}

void exports_test_variants_kinds_grow(shape_t *s, shape_t *ret) {
    *ret = *s;
    switch (s->tag) {
    case K(SHAPE_CIRCLE): ret->val.circle *= 2; break;
    case K(SHAPE_RECT): ret->val.rect.f0 *= 2; ret->val.rect.f1 *= 2; break;
    case K(SHAPE_DOT):
        ret->tag = K(SHAPE_NAMED);
        variants_string_dup(&ret->val.named, "dot");
        break;
    case K(SHAPE_NAMED):
        for (size_t i = 0; i < ret->val.named.len; i++) {
            uint8_t c = ret->val.named.ptr[i];
            if (c >= 'a' && c <= 'z') ret->val.named.ptr[i] = (uint8_t)(c - 32);
        }
        break;
    default: abort();
    }
}

exports_test_variants_kinds_color_t exports_test_variants_kinds_next_color(exports_test_variants_kinds_color_t c) {
    return c == K(COLOR_BLUE) ? K(COLOR_RED) : (exports_test_variants_kinds_color_t)(c + 1);
}

exports_test_variants_kinds_perms_t exports_test_variants_kinds_invert(exports_test_variants_kinds_perms_t p) {
    return (exports_test_variants_kinds_perms_t)(~p & (K(PERMS_READ) | K(PERMS_WRITE) | K(PERMS_EXEC)));
}

exports_test_variants_kinds_wide_flags_t exports_test_variants_kinds_invert_wide(exports_test_variants_kinds_wide_flags_t p) {
    return (exports_test_variants_kinds_wide_flags_t)(~p & 0x0FFF);
}

exports_test_variants_kinds_huge_flags_t exports_test_variants_kinds_invert_huge(exports_test_variants_kinds_huge_flags_t p) {
    _Static_assert(sizeof(exports_test_variants_kinds_huge_flags_t) == 4, "32 flags are a uint32_t");
    _Static_assert(K(HUGE_FLAGS_H31) == (uint32_t)1 << 31, "h31 is the top bit");
    return ~p;
}

bool exports_test_variants_kinds_double_option(variants_option_u32_t *x, uint32_t *ret) {
    if (!x->is_some || x->val == 0) return false;
    *ret = x->val * 2;
    return true;
}

bool exports_test_variants_kinds_parse(string_t *s, uint32_t *ret, string_t *err) {
    uint32_t n = 0;
    bool ok = s->len > 0;
    for (size_t i = 0; i < s->len && ok; i++) {
        uint8_t c = s->ptr[i];
        if (c < '0' || c > '9') ok = false;
        else n = n * 10 + (uint32_t)(c - '0');
    }
    variants_string_free(s);
    if (ok) {
        *ret = n;
        return true;
    }
    variants_string_dup(err, "not a number");
    return false;
}

bool exports_test_variants_kinds_check(int32_t n, exports_test_variants_kinds_error_code_t *err) {
    if (n < 0) {
        *err = K(ERROR_CODE_TOO_SMALL);
        return false;
    }
    if (n > 100) {
        *err = K(ERROR_CODE_TOO_BIG);
        return false;
    }
    return true;
}

bool exports_test_variants_kinds_halve(uint32_t n, uint32_t *ret) {
    if (n % 2) return false;
    *ret = n / 2;
    return true;
}

bool exports_test_variants_kinds_first_some(variants_list_option_string_t *xs, string_t *ret) {
    bool found = false;
    for (size_t i = 0; i < xs->len && !found; i++) {
        if (xs->ptr[i].is_some) {
            *ret = xs->ptr[i].val;
            xs->ptr[i].is_some = false;  // moved out: not freed below
            found = true;
        }
    }
    variants_list_option_string_free(xs);
    return found;
}

bool exports_test_variants_kinds_flip(variants_result_option_u8_list_string_t *r, variants_result_u8_u32_t *ret) {
    // ok(none) -> none; ok(some(x)) -> some(ok(x)); err(list) -> some(err(len)).
    bool some = true;
    if (!r->is_err) {
        if (r->val.ok.is_some) {
            ret->is_err = false;
            ret->val.ok = r->val.ok.val;
        } else {
            some = false;
        }
    } else {
        ret->is_err = true;
        ret->val.err = (uint32_t)r->val.err.len;
    }
    variants_result_option_u8_list_string_free(r);
    return some;
}

bool exports_test_variants_kinds_nested_option(variants_option_option_u8_t *x, variants_option_u8_t *ret) {
    // none -> some(none); some(none) -> none; some(some(x)) -> some(some(x + 1)).
    if (!x->is_some) {
        ret->is_some = false;
        return true;
    }
    if (!x->val.is_some) return false;
    ret->is_some = true;
    ret->val = (uint8_t)(x->val.val + 1);
    return true;
}

void exports_test_variants_kinds_shapes(variants_list_exports_test_variants_kinds_shape_t *xs,
                                        variants_list_exports_test_variants_kinds_color_t *ret) {
    ret->len = xs->len;
    ret->ptr = xs->len ? malloc(xs->len) : NULL;
    for (size_t i = 0; i < xs->len; i++) {
        ret->ptr[i] = xs->ptr[i].tag == K(SHAPE_NAMED) ? K(COLOR_BLUE)
                    : xs->ptr[i].tag == K(SHAPE_DOT)   ? K(COLOR_GREEN)
                                                       : K(COLOR_RED);
    }
    variants_list_exports_test_variants_kinds_shape_free(xs);
}
