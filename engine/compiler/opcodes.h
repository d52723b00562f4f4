// The bytecode instruction set, written once as an X-macro: X(NAME, stack effect, summary).
// Stack pictures read bottom → top; `arg` is the instruction's 32-bit operand.
// Jump targets are absolute instruction indices into Code::instructions.
#pragma once

#include <cstdint>

namespace loopstep {

// clang-format off
#define LOOPSTEP_OPCODES(X)                                                                          \
    X(NOP,              0, "do nothing")                                                             \
    X(POP_TOP,         -1, "(v --)")                                                                 \
    X(DUP_TOP,          1, "(v -- v v)")                                                             \
    X(DUP_TOP_TWO,      2, "(a b -- a b a b)")                                                       \
    X(ROT_TWO,          0, "(a b -- b a)")                                                           \
    X(ROT_THREE,        0, "(a b c -- c a b)")                                                       \
    X(ROT_FOUR,         0, "(a b c d -- d a b c)")                                                   \
    X(LOAD_CONST,       1, "(-- consts[arg])")                                                       \
    X(LOAD_FAST,        1, "(-- locals[arg]); UnboundLocalError if unset")                           \
    X(STORE_FAST,      -1, "(v --) locals[arg] = v")                                                 \
    X(DELETE_FAST,      0, "unset locals[arg]; UnboundLocalError if unset")                          \
    X(LOAD_DEREF,       1, "(-- cells[arg].value); cells = cellvars then freevars")                  \
    X(STORE_DEREF,     -1, "(v --) cells[arg].value = v")                                            \
    X(DELETE_DEREF,     0, "unset cells[arg]")                                                       \
    X(LOAD_CLOSURE,     1, "(-- cells[arg]) the cell object itself, for MAKE_FUNCTION")              \
    X(LOAD_GLOBAL,      1, "(-- globals[names[arg]] or builtins[...]); NameError")                   \
    X(STORE_GLOBAL,    -1, "(v --) globals[names[arg]] = v")                                         \
    X(DELETE_GLOBAL,    0, "del globals[names[arg]]")                                                \
    X(LOAD_NAME,        1, "(-- v) locals dict, then globals, then builtins (module/class bodies)")  \
    X(STORE_NAME,      -1, "(v --) locals dict[names[arg]] = v")                                     \
    X(DELETE_NAME,      0, "del locals dict[names[arg]]")                                            \
    X(LOAD_ATTR,        0, "(obj -- obj.names[arg])")                                                \
    X(STORE_ATTR,      -2, "(v obj --) obj.names[arg] = v")                                          \
    X(DELETE_ATTR,     -1, "(obj --) del obj.names[arg]")                                            \
    X(BINARY_SUBSCR,   -1, "(container key -- container[key])")                                     \
    X(STORE_SUBSCR,    -3, "(v container key --) container[key] = v")                               \
    X(DELETE_SUBSCR,   -2, "(container key --) del container[key]")                                 \
    X(BUILD_SLICE,      0, "arg=2: (lo hi -- slice); arg=3: (lo hi step -- slice)")                  \
    X(BINARY_OP,       -1, "(a b -- a op b); arg = ast::Operator, +16 for the in-place form (+=)")   \
    X(UNARY_OP,         0, "(v -- op v); arg = ast::UnaryOperator")                                 \
    X(COMPARE_OP,      -1, "(a b -- a op b); arg = ast::CmpOperator (in, is, ... included)")         \
    X(BUILD_TUPLE,      0, "(v1..vn -- tuple); n = arg")                                             \
    X(BUILD_LIST,       0, "(v1..vn -- list)")                                                       \
    X(BUILD_SET,        0, "(v1..vn -- set)")                                                        \
    X(BUILD_MAP,        0, "(k1 v1 .. kn vn -- dict); n = arg")                                      \
    X(BUILD_STRING,     0, "(s1..sn -- s1+..+sn); n = arg, all str")                                 \
    X(LIST_APPEND,     -1, "(list ... v -- list ...) list = stack[-arg] after popping v")            \
    X(SET_ADD,         -1, "(set ... v -- set ...) same addressing as LIST_APPEND")                  \
    X(MAP_ADD,         -2, "(dict ... k v -- dict ...) same addressing as LIST_APPEND")              \
    X(LIST_EXTEND,     -1, "(list ... it -- list ...) list.extend(it)")                              \
    X(SET_UPDATE,      -1, "(set ... it -- set ...) set.update(it)")                                 \
    X(DICT_UPDATE,     -1, "(dict ... m -- dict ...) dict.update(m) for {**m}")                      \
    X(DICT_MERGE,      -1, "(dict ... m -- dict ...) like DICT_UPDATE, TypeError on repeated key (f(**m))") \
    X(LIST_TO_TUPLE,    0, "(list -- tuple)")                                                       \
    X(UNPACK_SEQUENCE,  0, "(seq -- v_n .. v_1) exactly arg items; v_1 on top")                      \
    X(UNPACK_EX,        0, "(seq -- ...) arg = before | (after << 8); starred part is a list")       \
    X(JUMP,             0, "ip = arg")                                                               \
    X(POP_JUMP_IF_FALSE, -1, "(v --) jump if not truthy")                                            \
    X(POP_JUMP_IF_TRUE, -1, "(v --) jump if truthy")                                                \
    X(JUMP_IF_FALSE_OR_POP, 0, "(v -- v) jump keeping v if falsy, else pop")                         \
    X(JUMP_IF_TRUE_OR_POP,  0, "(v -- v) jump keeping v if truthy, else pop")                        \
    X(GET_ITER,         0, "(v -- iter(v))")                                                         \
    X(FOR_ITER,         1, "(it -- it next) or, when exhausted, (it --) and ip = arg")               \
    X(CALL,             0, "(f a1..an -- f(a1..an)); n = arg")                                       \
    X(CALL_KW,         -1, "(f a1..an kwnames -- result); n = arg counts all args, the last len(kwnames) are keywords") \
    X(LOAD_METHOD,      1, "(obj -- f obj) when obj's class has a plain method names[arg] (no bound method is made); else (obj -- obj.names[arg] unset)") \
    X(CALL_METHOD,      0, "(f self a1..an -- result): f(self, a1..an), or f(a1..an) when self is unset; n = arg") \
    X(CALL_METHOD_KW,  -1, "(f self a1..an kwnames -- result): as CALL_METHOD with CALL_KW's keywords") \
    X(CALL_EX,          0, "(f args_tuple -- r) or with arg&1: (f args_tuple kwargs_dict -- r)")     \
    X(MAKE_FUNCTION,    0, "(defaults? kwdefaults? closure? code -- fn); arg flags 1=defaults tuple, 2=kwdefaults dict, 8=closure tuple") \
    X(RETURN_VALUE,    -1, "(v --) return v from the frame")                                         \
    X(YIELD_VALUE,      0, "(v -- sent) suspend the frame yielding v; arg=1 inside await/yield from (receiver below v)") \
    X(GET_AWAITABLE,    0, "(v -- awaitable iterator) coroutine, or result of __await__(); TypeError otherwise") \
    X(GET_YIELD_FROM_ITER, 0, "(v -- iter) for `yield from`")                                       \
    X(SEND,            -1, "(receiver v -- receiver y) when the receiver yields y; (receiver v -- r) and ip = arg when it returns r") \
    X(ASYNC_GEN_WRAP,   0, "(v -- wrapped v) marks a value yielded by an async generator")          \
    X(GET_AITER,        0, "(v -- v.__aiter__())")                                                   \
    X(GET_ANEXT,        1, "(aiter -- aiter it) it = GET_AWAITABLE applied to aiter.__anext__()")   \
    X(END_ASYNC_FOR,   -2, "(aiter exc --) if exc is StopAsyncIteration pop both and continue, else re-raise") \
    X(SETUP_FINALLY,    0, "push a handler block: on exception unwind the stack to its depth now, push the exception, ip = arg") \
    X(POP_BLOCK,        0, "pop the innermost handler block")                                        \
    X(PUSH_EXC_INFO,    0, "(exc -- exc) make exc the exception being handled (context for new raises, bare raise)") \
    X(POP_EXCEPT,       0, "restore the previously handled exception (pairs with PUSH_EXC_INFO)")    \
    X(CHECK_EXC_MATCH,  0, "(exc type -- exc bool) isinstance(exc, type); type may be a tuple")       \
    X(RERAISE,         -1, "(exc --) raise exc again, keeping its traceback")                        \
    X(CHECK_EG_MATCH,   0, "(rest type -- rest' match) rest.split(type), handled = match; none matches: (rest type -- rest), ip = arg") \
    X(RERAISE_STAR,    -2, "(orig raised --) raise what except* leaves of orig and the handlers' raised list, if anything") \
    X(RAISE_VARARGS,    0, "arg=0: re-raise the handled exception; 1: (exc --); 2: (exc cause --)")  \
    X(LOAD_ASSERTION_ERROR, 1, "(-- AssertionError)")                                               \
    X(BEFORE_WITH,      1, "(mgr -- bound_exit enter_result)")                                      \
    X(BEFORE_ASYNC_WITH, 1, "(mgr -- bound_aexit it) it = GET_AWAITABLE applied to mgr.__aenter__(); arg 1: no `as`") \
    X(WITH_EXCEPT_START, 1, "(exit exc -- exit exc result) result = exit(type(exc), exc, None)")     \
    X(CALL_EXIT_NONE,   0, "(exit -- result) result = exit(None, None, None)")                      \
    X(FORMAT_VALUE,     0, "(v -- str) or (v spec -- str) with arg&4; arg&3: 0 none, 1 str, 2 repr, 3 ascii") \
    X(LOAD_BUILD_CLASS, 1, "(-- __build_class__)")                                                 \
    X(IMPORT_NAME,      1, "(-- module) the module named by the full dotted names[arg]")            \
    X(IMPORT_FROM,      1, "(module -- module module.names[arg]); ImportError if missing")          \
    X(IMPORT_STAR,     -1, "(module --) its public names (__all__, else those without _) into the module's globals") \
    X(SETUP_ANNOTATIONS, 0, "locals dict['__annotations__'] = {} unless present (class bodies)")
// clang-format on

enum class Op : uint8_t {
#define LOOPSTEP_OP_ENUM(name, effect, doc) name,
    LOOPSTEP_OPCODES(LOOPSTEP_OP_ENUM)
#undef LOOPSTEP_OP_ENUM
};

const char* op_name(Op op);

}  // namespace loopstep
