// A readable listing of compiled code: one instruction per line with its index, source line,
// opcode, operand and what the operand means, then every nested code object the same way.
#include <cstdio>
#include <string>

#include "compiler/code.h"
#include "numbers/float_format.h"
#include "numbers/numeric.h"

namespace loopstep {

namespace {

std::string constant_repr(const Constant& c) {
    switch (c.kind) {
        case Constant::Kind::None:
            return "None";
        case Constant::Kind::True:
            return "True";
        case Constant::Kind::False:
            return "False";
        case Constant::Kind::Ellipsis:
            return "Ellipsis";
        case Constant::Kind::Int:
            return std::to_string(c.int_value);
        case Constant::Kind::BigInt:
            return c.text;
        case Constant::Kind::Float: {
            return float_repr(c.float_value);
        }
        case Constant::Kind::Str:
            return python_str_repr(c.text);
        case Constant::Kind::Tuple: {
            std::string out = "(";
            for (size_t i = 0; i < c.elements.size(); ++i)
                out += (i ? ", " : "") + constant_repr(c.elements[i]);
            return out + (c.elements.size() == 1 ? ",)" : ")");
        }
        case Constant::Kind::Code:
            return "<code " + (c.code ? c.code->qualname : std::string("?")) + ">";
    }
    return "?";
}

const char* const kBinaryOps[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
const char* const kUnaryOps[] = {"~", "not", "+", "-"};
const char* const kCompareOps[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};

template <size_t N>
std::string pick(const char* const (&table)[N], uint32_t index) {
    return index < N ? table[index] : "?";
}

std::string at(const std::vector<std::string>& list, uint32_t index) {
    return index < list.size() ? list[index] : "?";
}

std::string cell_name(const Code& code, uint32_t index) {
    if (index < code.cellvars.size()) return code.cellvars[index];
    return at(code.freevars, index - static_cast<uint32_t>(code.cellvars.size()));
}

std::string describe(const Code& code, const Instruction& ins) {
    const uint32_t a = ins.arg;
    switch (ins.op) {
        case Op::LOAD_CONST:
            return a < code.constants.size() ? constant_repr(code.constants[a]) : "?";
        case Op::LOAD_FAST:
        case Op::STORE_FAST:
        case Op::DELETE_FAST:
            return at(code.varnames, a);
        case Op::LOAD_DEREF:
        case Op::STORE_DEREF:
        case Op::DELETE_DEREF:
        case Op::LOAD_CLOSURE:
            return cell_name(code, a);
        case Op::LOAD_GLOBAL:
        case Op::STORE_GLOBAL:
        case Op::DELETE_GLOBAL:
        case Op::LOAD_NAME:
        case Op::STORE_NAME:
        case Op::DELETE_NAME:
        case Op::LOAD_ATTR:
        case Op::LOAD_METHOD:
        case Op::STORE_ATTR:
        case Op::DELETE_ATTR:
        case Op::IMPORT_NAME:
        case Op::IMPORT_FROM:
            return at(code.names, a);
        case Op::BINARY_OP:
            return a >= 16 ? pick(kBinaryOps, a - 16) + "=" : pick(kBinaryOps, a);
        case Op::UNARY_OP:
            return pick(kUnaryOps, a);
        case Op::COMPARE_OP:
            return pick(kCompareOps, a);
        case Op::JUMP:
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE:
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP:
        case Op::FOR_ITER:
        case Op::SEND:
        case Op::CHECK_EG_MATCH:
            return "to " + std::to_string(a);
        case Op::SETUP_FINALLY:
            return "handler " + std::to_string(a);
        case Op::UNPACK_EX:
            return std::to_string(a & 0xff) + " before, " + std::to_string(a >> 8) + " after";
        case Op::FORMAT_VALUE: {
            static const char* const conversions[] = {"", "!s", "!r", "!a"};
            std::string out = conversions[a & 3];
            if (a & 4) out += out.empty() ? "with spec" : " with spec";
            return out;
        }
        case Op::MAKE_FUNCTION: {
            std::string out;
            if (a & 1) out += "defaults ";
            if (a & 2) out += "kwdefaults ";
            if (a & 8) out += "closure ";
            if (!out.empty()) out.pop_back();
            return out;
        }
        default:
            return "";
    }
}

bool has_arg(Op op) {
    switch (op) {
        case Op::NOP:
        case Op::POP_TOP:
        case Op::DUP_TOP:
        case Op::DUP_TOP_TWO:
        case Op::ROT_TWO:
        case Op::ROT_THREE:
        case Op::ROT_FOUR:
        case Op::BINARY_SUBSCR:
        case Op::STORE_SUBSCR:
        case Op::DELETE_SUBSCR:
        case Op::LIST_TO_TUPLE:
        case Op::GET_ITER:
        case Op::RETURN_VALUE:
        case Op::GET_AWAITABLE:
        case Op::GET_YIELD_FROM_ITER:
        case Op::ASYNC_GEN_WRAP:
        case Op::GET_AITER:
        case Op::GET_ANEXT:
        case Op::END_ASYNC_FOR:
        case Op::POP_BLOCK:
        case Op::PUSH_EXC_INFO:
        case Op::POP_EXCEPT:
        case Op::CHECK_EXC_MATCH:
        case Op::RERAISE:
        case Op::LOAD_ASSERTION_ERROR:
        case Op::BEFORE_WITH:
        case Op::BEFORE_ASYNC_WITH:
        case Op::WITH_EXCEPT_START:
        case Op::CALL_EXIT_NONE:
        case Op::LOAD_BUILD_CLASS:
        case Op::SETUP_ANNOTATIONS:
            return false;
        default:
            return true;
    }
}

void list(const Code& code, std::string& out) {
    out += "Disassembly of " + code.qualname + " (" + code.filename + ", line " +
           std::to_string(code.first_line) + ", stack " + std::to_string(code.stack_size) + ")\n";
    auto names = [&](const char* title, const std::vector<std::string>& list) {
        if (list.empty()) return;
        out += std::string("  ") + title + ":";
        for (const auto& name : list)
            out += " " + name;
        out += "\n";
    };
    names("varnames", code.varnames);
    names("cellvars", code.cellvars);
    names("freevars", code.freevars);
    int previous_line = -1;
    for (size_t i = 0; i < code.instructions.size(); ++i) {
        const Instruction& ins = code.instructions[i];
        const int line = i < code.lines.size() ? code.lines[i] : 0;
        char head[64];
        if (line != previous_line) {
            std::snprintf(head, sizeof head, "%5d %5zu ", line, i);
        } else {
            std::snprintf(head, sizeof head, "%5s %5zu ", "", i);
        }
        previous_line = line;
        std::string row = head;
        std::string name = op_name(ins.op);
        row += name;
        if (has_arg(ins.op)) {
            row += std::string(name.size() < 22 ? 22 - name.size() : 1, ' ') + std::to_string(ins.arg);
            std::string meaning = describe(code, ins);
            if (!meaning.empty()) row += " (" + meaning + ")";
        }
        out += row + "\n";
    }
    for (const auto& c : code.constants) {
        if (c.kind != Constant::Kind::Code || !c.code) continue;
        out += "\n";
        list(*c.code, out);
    }
}

}  // namespace

std::string disassemble(const Code& code) {
    std::string out;
    list(code, out);
    return out;
}

}  // namespace loopstep
