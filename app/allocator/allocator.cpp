// The executables' allocator. In the default build malloc and operator new are jemalloc's
// (app/CMakeLists.txt links it, with this file, into loopstep, loopstep-cli and the benchmarks),
// told here to back its memory with transparent huge pages: a run of a million ticks touches
// hundreds of MB, and on a VM every 4 KiB page fault costs microseconds (README → Performance).
// Sanitizer and fuzz builds keep the system malloc and do not compile this file.

// jemalloc reads this at its first allocation. "thp:always" advises its extents, and
// "metadata_thp:always" its own metadata, as huge pages (Debian's kernels default to the
// "madvise" THP mode, which honours exactly that). "narenas:1": one arena for all threads. The
// app runs each program on a fresh worker thread; with an arena per thread, the pages a previous
// run's trace gave back sat in another arena and every run faulted in (and the kernel zeroed)
// fresh ones — measured on the 100,000-tick edit → redraw, 50,000 page faults with per-thread
// arenas, 7,000–9,000 with one (tests/bench/bench_edit_redraw; README → Performance).
// Small allocations stay in per-thread caches, so the two busy threads hardly share a lock.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:always,narenas:1";
}
