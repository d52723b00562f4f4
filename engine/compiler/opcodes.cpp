// Opcode names, generated from the same X-macro as the enum so the two never disagree.
#include "compiler/opcodes.h"

namespace loopstep {

const char* op_name(Op op) {
    switch (op) {
#define LOOPSTEP_OP_NAME(name, effect, doc) \
    case Op::name:                          \
        return #name;
        LOOPSTEP_OPCODES(LOOPSTEP_OP_NAME)
#undef LOOPSTEP_OP_NAME
    }
    return "?";
}

}  // namespace loopstep
