// Primitives: every integer width, floats, bool and char, echoed and
// transformed.
#include <string.h>

#include "primitives.h"

uint8_t exports_test_primitives_prims_echo_u8(uint8_t x) { return x; }
int8_t exports_test_primitives_prims_echo_s8(int8_t x) { return x; }
uint16_t exports_test_primitives_prims_echo_u16(uint16_t x) { return x; }
int16_t exports_test_primitives_prims_echo_s16(int16_t x) { return x; }
uint32_t exports_test_primitives_prims_echo_u32(uint32_t x) { return x; }
int32_t exports_test_primitives_prims_echo_s32(int32_t x) { return x; }
uint64_t exports_test_primitives_prims_echo_u64(uint64_t x) { return x; }
int64_t exports_test_primitives_prims_echo_s64(int64_t x) { return x; }
float exports_test_primitives_prims_echo_f32(float x) { return x; }
double exports_test_primitives_prims_echo_f64(double x) { return x; }
bool exports_test_primitives_prims_echo_bool(bool x) { return x; }
uint32_t exports_test_primitives_prims_echo_char(uint32_t x) { return x; }

int64_t exports_test_primitives_prims_wrapping_sum(uint8_t a, int8_t b, uint16_t c, int16_t d,
                                                   uint32_t e, int32_t f, uint64_t g, int64_t h) {
    uint64_t sum = (uint64_t)a + (uint64_t)(int64_t)b + (uint64_t)c + (uint64_t)(int64_t)d +
                   (uint64_t)e + (uint64_t)(int64_t)f + g + (uint64_t)h;
    return (int64_t)sum;
}

uint32_t exports_test_primitives_prims_f32_bits(float x) {
    uint32_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

uint64_t exports_test_primitives_prims_f64_bits(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

bool exports_test_primitives_prims_not(bool x) { return !x; }

uint32_t exports_test_primitives_prims_next_char(uint32_t c) {
    if (c == 0xD7FF) return 0xE000;
    if (c == 0x10FFFF) return 0;
    return c + 1;
}

double exports_test_primitives_prims_negate(double x) { return -x; }
