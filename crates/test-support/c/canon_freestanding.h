/* canon_freestanding.h: what canon's freestanding C runtime adds to the
 * standard functions it defines (malloc, calloc, realloc, free, memcpy,
 * memmove, memset, memcmp, strlen, abort). Those keep their declarations in
 * <stdlib.h> and <string.h>. */
#ifndef CANON_FREESTANDING_H
#define CANON_FREESTANDING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How many blocks are live: malloc, calloc and realloc(NULL, n) add one
 * each, free of a non-NULL pointer (and realloc(p, 0)) takes one away. */
size_t canon_live_allocations(void);

#ifdef __cplusplus
}
#endif

#endif
