// Exported resources: `_new` and `_rep`, methods on `self`, a borrow of our
// own resource as a parameter, own handles taken back, and the destructor,
// which tells the host through an import.
#include <stdlib.h>

#include "exported_resources.h"

#define ACC(name) exports_test_exported_resources_acc_##name

struct exports_test_exported_resources_acc_accumulator_t {
    int64_t total;
};

typedef ACC(accumulator_t) accumulator_t;
typedef ACC(own_accumulator_t) own_t;

static uint32_t live;

static own_t make(int64_t start) {
    accumulator_t *rep = malloc(sizeof *rep);
    rep->total = start;
    live++;
    return ACC(accumulator_new)(rep);
}

void ACC(accumulator_destructor)(accumulator_t *rep) {
    test_exported_resources_events_destroyed(rep->total);
    live--;
    free(rep);
}

own_t ACC(constructor_accumulator)(int64_t start) { return make(start); }

void ACC(method_accumulator_add)(accumulator_t *self, int64_t n) { self->total += n; }

int64_t ACC(method_accumulator_total)(accumulator_t *self) { return self->total; }

void ACC(method_accumulator_absorb)(accumulator_t *self, accumulator_t *other) {
    self->total += other->total;
}

own_t ACC(static_accumulator_zero)(void) { return make(0); }

int64_t ACC(total_of)(accumulator_t *a) { return a->total; }

own_t ACC(combine)(own_t a, own_t b) {
    int64_t sum = ACC(accumulator_rep)(a)->total + ACC(accumulator_rep)(b)->total;
    // Dropping our own handles runs the destructors.
    ACC(accumulator_drop_own)(a);
    ACC(accumulator_drop_own)(b);
    return make(sum);
}

uint32_t ACC(live)(void) { return live; }
