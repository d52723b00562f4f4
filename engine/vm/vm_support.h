// The larger instructions of the dispatch loop, kept out of the loop itself.
#pragma once

#include "vm/frame.h"
#include "vm/generator.h"

namespace loopstep {

class Interp;
struct Instruction;

struct VmSupport {
    // Frame changes: each returns the frame that runs next.
    static Frame* call(Interp& vm, Frame* f, const Instruction& in);
    // CALL_METHOD / CALL_METHOD_KW after LOAD_METHOD (vm_frames.cpp).
    static Frame* call_method(Interp& vm, Frame* f, const Instruction& in);
    // Calls `callable` with `args` (views into f's stack from func_index + 1 on, or elsewhere);
    // Python functions get a new frame that the loop continues in, the rest run now and the
    // stack is cut back to func_index with the result pushed.
    static Frame* call_at(Interp& vm, Frame* f, size_t func_index, const Value& callable, const CallArgs& args);
    static Frame* call_unbinding(Interp& vm, Frame* f, size_t func_index, Value callable, CallArgs args);
    // Attribute instructions with per-instruction caches of the class lookup (vm_attributes.cpp).
    static void load_attr(Interp& vm, Frame* f, const Value& name);
    static void load_method(Interp& vm, Frame* f, const Value& name);
    static void store_attr(Interp& vm, Frame* f, const Value& name);
    static Frame* send(Interp& vm, Frame* f, const Instruction& in);
    static Frame* push_generator(Interp& vm, Frame* f, GeneratorObject* gen, Value sent);
    // A child generator frame of `parent` yielded (or returned) `v`: continue the parent's
    // FOR_ITER or SEND accordingly.
    static void deliver(Interp& vm, Frame* parent, bool yielded, Value v);
    // For generator.throw(): follow the chain of awaits/yield froms down to the innermost
    // suspended frame, pushing each frame; the exception is raised there.
    static Frame* descend_for_throw(Interp& vm, Frame* f);
    // The exception a generator frame ends with (StopIteration becomes RuntimeError).
    static Value generator_exit_exception(Interp& vm, GeneratorObject* gen, const Value& exception);

    static Value load_global(Interp& vm, Frame* f, const Value& name);
    static Value load_name(Interp& vm, Frame* f, const Value& name);
    [[noreturn]] static void unbound_cell(Interp& vm, Frame* f, uint32_t index);
    static void build_or_unpack(Interp& vm, Frame* f, const Instruction& in);
    static void make_function(Interp& vm, Frame* f, uint32_t flags);
    static Value get_awaitable(Interp& vm, const Value& v);
    static Value get_aiter(Interp& vm, const Value& v);
    static Value get_anext(Interp& vm, const Value& aiter);
    static bool exception_matches(Interp& vm, const Value& exception, const Value& type);
    // except*: CHECK_EG_MATCH on f's stack (see opcodes.h); RERAISE_STAR's result, unset for none.
    static void check_eg_match(Interp& vm, Frame* f, uint32_t no_match_target);
    static Value prep_reraise_star(Interp& vm, const Value& orig, const Value& raised);
    [[noreturn]] static void raise_from_stack(Interp& vm, Frame* f, uint32_t count);
    static void attach_context(Interp& vm, const Value& exception);
    static void with_protocol(Interp& vm, Frame* f, const Instruction& in);
    static void format_value(Interp& vm, Frame* f, uint32_t flags);
    static Value build_class_function(Interp& vm);
    static Value import_module(Interp& vm, const std::string& name);
    // One of the program's own modules (vm.own_modules), run on its first import; unset if none.
    static Value import_own_module(Interp& vm, const std::string& name);
    // `from .orders import x` (name ".orders"): resolved against the frame's module's __package__.
    static Value import_relative(Interp& vm, Frame* f, const std::string& name);
    // `from m import *`: pops m; its __all__, else its names without a leading _, into f's namespace.
    static void import_star(Interp& vm, Frame* f);
    // `from module import name`: the attribute, else a package's submodule; ImportError as CPython's.
    static Value import_from(Interp& vm, const Value& module, const std::string& name);
    static void setup_annotations(Interp& vm, Frame* f);
};

}  // namespace loopstep
