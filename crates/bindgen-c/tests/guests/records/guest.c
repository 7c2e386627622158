// Records and tuples: nested records with strings and lists, a record of
// twenty flat values, seventeen scalar parameters and eighteen string
// parameters (spilled to memory), aggregates returned through memory.
#include <stdlib.h>
#include <string.h>

#include "records.h"

typedef records_string_t string_t;
typedef exports_test_records_shapes_point_t point_t;
typedef exports_test_records_shapes_person_t person_t;
typedef exports_test_records_shapes_wide_t wide_t;

void exports_test_records_shapes_make_person(string_t *name, uint8_t age, float height,
                                             records_list_string_t *tags, point_t *home,
                                             person_t *ret) {
    // Every parameter moves into the result.
    ret->name = *name;
    ret->age = age;
    ret->height = height;
    ret->tags = *tags;
    ret->home = *home;
}

void exports_test_records_shapes_older(person_t *p, uint8_t years, person_t *ret) {
    *ret = *p;
    ret->age = (uint8_t)(p->age + years);
    ret->home.x += 1.0;
}

void exports_test_records_shapes_midpoint(point_t *a, point_t *b, point_t *ret) {
    ret->x = (a->x + b->x) / 2;
    ret->y = (a->y + b->y) / 2;
}

void exports_test_records_shapes_swap(records_tuple3_u8_string_f64_t *t, records_tuple3_f64_string_u8_t *ret) {
    ret->f0 = t->f2;
    ret->f1 = t->f1;
    ret->f2 = t->f0;
}

int64_t exports_test_records_shapes_sum_many(uint8_t a, uint16_t b, uint32_t c, uint64_t d, int8_t e,
                                             int16_t f, int32_t g, int64_t h, uint8_t i, uint16_t j,
                                             uint32_t k, uint64_t l, int8_t m, int16_t n, int32_t o,
                                             int64_t p, uint32_t q) {
    // Weighted, so that a parameter in the wrong slot shows.
    uint64_t sum = 0;
    uint64_t values[17] = {a, b, c, d, (uint64_t)(int64_t)e, (uint64_t)(int64_t)f,
                           (uint64_t)(int64_t)g, (uint64_t)h, i, j, k, l,
                           (uint64_t)(int64_t)m, (uint64_t)(int64_t)n, (uint64_t)(int64_t)o,
                           (uint64_t)p, q};
    for (int w = 0; w < 17; w++) sum += values[w] * (uint64_t)(w + 1);
    return (int64_t)sum;
}

void exports_test_records_shapes_bump_wide(wide_t *w, wide_t *ret) {
    ret->a = (uint8_t)(w->a + 1);
    ret->b = (uint16_t)(w->b + 1);
    ret->c = w->c + 1;
    ret->d = w->d + 1;
    ret->e = (int8_t)(uint8_t)(w->e + 1);
    ret->f = (int16_t)(uint16_t)(w->f + 1);
    ret->g = (int32_t)((uint32_t)w->g + 1);
    ret->h = (int64_t)((uint64_t)w->h + 1);
    ret->i_ = w->i_ + 1.0f;
    ret->j = w->j + 1.0;
    ret->k = !w->k;
    ret->l = w->l + 1;
    ret->m = (uint8_t)(w->m + 1);
    ret->n = (uint16_t)(w->n + 1);
    ret->o = w->o + 1;
    ret->p = w->p + 1;
    ret->q = (int8_t)(uint8_t)(w->q + 1);
    ret->r = (int16_t)(uint16_t)(w->r + 1);
    ret->s = (int32_t)((uint32_t)w->s + 1);
    ret->t = (int64_t)((uint64_t)w->t + 1);
}

void exports_test_records_shapes_concat_many(string_t *a, string_t *b, string_t *c, string_t *d,
                                             string_t *e, string_t *f, string_t *g, string_t *h,
                                             string_t *i, string_t *j, string_t *k, string_t *l,
                                             string_t *m, string_t *n, string_t *o, string_t *p,
                                             string_t *q, string_t *r, string_t *ret) {
    string_t *all[18] = {a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r};
    size_t len = 0;
    for (int x = 0; x < 18; x++) len += all[x]->len;
    ret->len = len;
    ret->ptr = len ? malloc(len) : NULL;
    size_t at = 0;
    for (int x = 0; x < 18; x++) {
        if (all[x]->len) memcpy(ret->ptr + at, all[x]->ptr, all[x]->len);
        at += all[x]->len;
        records_string_free(all[x]);
    }
}

void exports_test_records_shapes_nested(
    records_tuple3_exports_test_records_shapes_point_tuple2_u32_string_list_exports_test_records_shapes_point_t *x,
    records_tuple3_list_exports_test_records_shapes_point_u32_string_t *ret) {
    // ([points..., first], n * 2, s)
    size_t len = x->f2.len + 1;
    ret->f0.len = len;
    ret->f0.ptr = malloc(len * sizeof(point_t));
    if (x->f2.len) memcpy(ret->f0.ptr, x->f2.ptr, x->f2.len * sizeof(point_t));
    ret->f0.ptr[len - 1] = x->f0;
    ret->f1 = x->f1.f0 * 2;
    ret->f2 = x->f1.f1;
    records_list_exports_test_records_shapes_point_free(&x->f2);
}
