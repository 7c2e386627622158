/* A wasi-libc C command: prints a greeting and its arguments, writes a
 * file under the preopen /sandbox, reads it back and lists the directory.
 * Built by canon-wasi's tests with `clang-19 --target=wasm32-wasi -O2`. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv) {
    printf("hello from C\n");
    for (int i = 0; i < argc; i++) {
        printf("arg %d: %s\n", i, argv[i]);
    }
    const char *name = getenv("CANON_NAME");
    printf("CANON_NAME=%s\n", name ? name : "(unset)");
    fprintf(stderr, "C stderr line\n");

    FILE *f = fopen("/sandbox/from-c.txt", "w");
    if (!f) {
        printf("fopen for writing: %s\n", strerror(errno));
        return 2;
    }
    fprintf(f, "written by C: %d args\n", argc);
    fclose(f);

    f = fopen("/sandbox/from-c.txt", "r");
    if (!f) {
        printf("fopen for reading: %s\n", strerror(errno));
        return 3;
    }
    char line[128];
    if (fgets(line, sizeof line, f)) {
        printf("read back: %s", line);
    }
    fseek(f, 0, SEEK_END);
    printf("size: %ld\n", ftell(f));
    fclose(f);

    f = fopen("/sandbox/../escape.txt", "w");
    printf("fopen outside the sandbox: %s\n", f ? "ESCAPED" : strerror(errno));
    if (f) {
        fclose(f);
    }

    DIR *dir = opendir("/sandbox");
    if (!dir) {
        printf("opendir: %s\n", strerror(errno));
        return 4;
    }
    char *names[64];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) && count < 64) {
        if (strcmp(entry->d_name, ".") && strcmp(entry->d_name, "..")) {
            names[count++] = strdup(entry->d_name);
        }
    }
    closedir(dir);
    qsort(names, count, sizeof names[0], compare);
    for (int i = 0; i < count; i++) {
        printf("entry: %s\n", names[i]);
        free(names[i]);
    }
    return argc > 2 ? atoi(argv[2]) : 0;
}
