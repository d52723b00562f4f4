// The executables' allocator. In the default build malloc and operator new are jemalloc's
// (app/CMakeLists.txt links it, with this file, into loopstep, loopstep-cli and the benchmarks),
// told here to back its memory with transparent huge pages: a run of a million ticks touches
// hundreds of MB, and on a VM every 4 KiB page fault costs microseconds (README → Performance).
// Sanitizer and fuzz builds keep the system malloc and do not compile this file.

// jemalloc reads this at its first allocation. "thp:always" advises its extents, and
// "metadata_thp:always" its own metadata, as huge pages (Debian's kernels default to the
// "madvise" THP mode, which honours exactly that).
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always";
}
