// Borrows of an imported resource received by exports: dropped by hand with
// `_drop_borrow`, or, built with -DAUTODROP over bindings generated with
// `autodrop_borrows`, dropped by the generated code after the call.
#include "borrows.h"

#define TOKENS(name) test_borrows_tokens_##name

typedef TOKENS(borrow_token_t) borrow_t;

static void done_with(borrow_t t) {
#ifdef AUTODROP
    (void)t;
#else
    TOKENS(token_drop_borrow)(t);
#endif
}

uint32_t exports_test_borrows_inspect_id_of(borrow_t t) {
    uint32_t id = TOKENS(method_token_id)(t);
    done_with(t);
    return id;
}

uint32_t exports_test_borrows_inspect_sum_of(borrow_t a, uint32_t extra, borrow_t b) {
    uint32_t sum = TOKENS(method_token_id)(a) + extra + TOKENS(method_token_id)(b);
    done_with(a);
    done_with(b);
    return sum;
}
