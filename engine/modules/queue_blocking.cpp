// The one native of the embedded `queue` module (modules/python/queue.py): a wait that nothing can
// ever end. There are no threads, so a blocking get() on an empty queue, put() on a full one or
// join() with unfinished tasks waits forever: the run stops there as a deadlock (exit 3), its
// message naming the program's line, as the event loop's deadlocks do. The CPython harness
// (tests/harness/cpython_vclock.py) stops a CPython run the same way.
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

// The line of the innermost frame running the program's own file (not an embedded module).
int program_line(Interp& vm) {
    for (Frame* f = vm.current_frame(); f; f = f->back)
        if (f->code && f->code->code->filename == vm.main_filename) return f->current_line();
    return 0;
}

Value queue_blocks_forever(Interp& vm, const Value&, const CallArgs& args) {
    expect_one_arg(vm, "_blocks_forever", args);
    const std::string what = vm.to_str(args.positional[0]);
    const char* nobody = what == "get"   ? "nothing else can put"
                         : what == "put" ? "nothing else can get"
                                         : "nothing else can call task_done()";
    std::string where;
    if (int line = program_line(vm); line > 0) where = " at line " + std::to_string(line);
    throw Deadlock{"", "queue." + what + "() blocks forever" + where + ": " + nobody};
}

}  // namespace

void install_queue_natives(Interp& vm, DictObject& module) {
    module.set(vm, vm.intern("_blocks_forever"), vm.native("_blocks_forever", &queue_blocks_forever));
}

}  // namespace loopstep
