// Internal helpers shared by the dispatch loop and Interp::call.
#pragma once

#include <memory>

#include "vm/frame.h"

namespace loopstep {

class Interp;

struct CallSupport {
    // A new frame for `fn` with the arguments bound to its parameters (TypeError on mismatch).
    static std::unique_ptr<Frame> make_frame(Interp& vm, FunctionObject* fn, const CallArgs& args);
    // Calls a class: builds an instance and runs __init__ (or the built-in constructor).
    static Value call_class(Interp& vm, ClassObject* cls, const CallArgs& args);
    // type.__call__: __new__ then __init__, without looking at the metaclass's __call__.
    static Value construct(Interp& vm, ClassObject* cls, const CallArgs& args);
    // TypeError "Can't instantiate abstract class X with abstract method m" when the class's
    // __abstractmethods__ (set by abc.ABCMeta) is not empty.
    static void raise_if_abstract(Interp& vm, ClassObject* cls);
};

}  // namespace loopstep
