// The kg and kg_bench binaries allocate through mimalloc rather than glibc's
// malloc: extraction makes thousands of small, short-lived allocations per
// article (strings of names and keys, vectors of candidates), and glibc's
// malloc and free cost about 6 % of its instructions. Linking libmimalloc
// replaces malloc for the whole process (it comes before libc); the
// operators below also send new and delete to it directly, skipping
// libstdc++'s wrappers. Compiled only into the binaries, and not in
// sanitised builds, whose runtime must own malloc (CMakeLists.txt).
#include <mimalloc-new-delete.h>
