// Imported resources: the constructor, methods, a static function taking
// two own handles, borrows made from own handles, handles received from and
// given to the host, and drops.
#include <stdlib.h>

#include "imported_resources.h"

typedef test_imported_resources_store_own_counter_t own_t;
#define STORE(name) test_imported_resources_store_##name

static uint32_t get(own_t c) {
    return STORE(method_counter_get)(STORE(borrow_counter)(c));
}

void exports_test_imported_resources_scenarios_play(uint32_t start, imported_resources_list_u32_t *ret) {
    uint32_t *seen = malloc(8 * sizeof(uint32_t));
    size_t n = 0;
    own_t a = STORE(constructor_counter)(start);
    own_t b = STORE(constructor_counter)(10);
    STORE(method_counter_add)(STORE(borrow_counter)(a), 5);
    seen[n++] = get(a);                                   // start + 5
    seen[n++] = STORE(peek)(STORE(borrow_counter)(b));    // 10
    own_t sum = STORE(static_counter_merge)(a, b);        // a and b move to the host
    seen[n++] = get(sum);                                 // start + 15
    own_t c = STORE(constructor_counter)(100);
    seen[n++] = STORE(peek)(STORE(borrow_counter)(c));    // 100
    STORE(counter_drop_own)(c);
    STORE(method_counter_add)(STORE(borrow_counter)(sum), 1);
    seen[n++] = get(sum);                                 // start + 16
    STORE(counter_drop_own)(sum);
    ret->ptr = seen;
    ret->len = n;
}

own_t exports_test_imported_resources_scenarios_make(uint32_t start) {
    own_t c = STORE(constructor_counter)(start);
    STORE(method_counter_add)(STORE(borrow_counter)(c), 1);
    return c;
}

uint32_t exports_test_imported_resources_scenarios_consume(own_t c) {
    STORE(method_counter_add)(STORE(borrow_counter)(c), 1);
    uint32_t value = get(c);
    STORE(counter_drop_own)(c);
    return value;
}

own_t exports_test_imported_resources_scenarios_bump(own_t c, uint32_t n) {
    STORE(method_counter_add)(STORE(borrow_counter)(c), n);
    return c;
}
