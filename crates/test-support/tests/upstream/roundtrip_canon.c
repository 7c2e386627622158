/* The `roundtrip` world's exports, written against canon-bindgen-c's C
 * bindings (default options), for canon-test-support's upstream_c test: the
 * same code as roundtrip.c, except that an `option<string>` parameter is a
 * `roundtrip_option_string_t *` (upstream: a `roundtrip_string_t *`, NULL
 * for none). Arguments are the guest's to free; results are freed by the
 * generated post-return functions. */
#include <stdlib.h>
#include <string.h>

#include "roundtrip.h"

void exports_roundtrip_greet(roundtrip_string_t *s, roundtrip_string_t *ret) {
    roundtrip_string_t shouted;
    test_upstream_host_shout(s, &shouted);
    roundtrip_string_free(s);
    ret->len = shouted.len + 1;
    ret->ptr = malloc(ret->len);
    memcpy(ret->ptr, shouted.ptr, shouted.len);
    ret->ptr[shouted.len] = '!';
    roundtrip_string_free(&shouted);
}

void exports_roundtrip_double_all(roundtrip_list_u32_t *xs, roundtrip_list_u32_t *ret) {
    ret->len = xs->len;
    ret->ptr = malloc(xs->len * sizeof(uint32_t));
    for (size_t i = 0; i < xs->len; i++) {
        ret->ptr[i] = xs->ptr[xs->len - 1 - i] * 2;
    }
    roundtrip_list_u32_free(xs);
}

void exports_roundtrip_move_point(roundtrip_point_t *p, int32_t dx, int32_t dy,
                                  roundtrip_point_t *ret) {
    ret->x = p->x + dx;
    ret->y = p->y + dy;
    ret->label.len = p->label.len + 1;
    ret->label.ptr = malloc(ret->label.len);
    memcpy(ret->label.ptr, p->label.ptr, p->label.len);
    ret->label.ptr[p->label.len] = '\'';
    roundtrip_point_free(p);
}

bool exports_roundtrip_maybe_len(roundtrip_option_string_t *s, uint32_t *ret) {
    if (!s->is_some) {
        return false;
    }
    *ret = (uint32_t)s->val.len;
    roundtrip_option_string_free(s);
    return true;
}

bool exports_roundtrip_divide(uint32_t a, uint32_t b, uint32_t *ret, roundtrip_string_t *err) {
    if (b == 0) {
        roundtrip_string_dup(err, "division by zero");
        return false;
    }
    *ret = a / b;
    return true;
}

bool exports_roundtrip_env_var(roundtrip_string_t *name, roundtrip_string_t *ret) {
    char *terminated = malloc(name->len + 1);
    memcpy(terminated, name->ptr, name->len);
    terminated[name->len] = 0;
    roundtrip_string_free(name);
    const char *value = getenv(terminated);
    free(terminated);
    if (!value) {
        return false;
    }
    roundtrip_string_dup(ret, value);
    return true;
}
