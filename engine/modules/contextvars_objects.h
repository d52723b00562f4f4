// contextvars (CPython 3.11's _contextvars): Context, ContextVar and Token, and what asyncio needs
// of them to run each task step and each loop callback inside its own context.
//
// The current context is Interp::current_context. Unset stands for an empty context that nobody
// holds yet: a program that never sets a ContextVar never makes a Context, and a task or handle
// made then keeps an unset context too (copying an empty context costs nothing). The first
// ContextVar.set() in such a scope makes its Context then (ContextScope hands it back to the task
// that owns the scope, so that its next step sees it).
//
// A Context's variables are a ContextMapping shared between copies (copy_context() is O(1), as
// CPython's HAMT); a set() copies it first unless the Context is its only holder.
#pragma once

#include <utility>
#include <vector>

#include "vm/interp.h"

namespace loopstep {

// The variables of one or more contexts, in the order they were first set (CPython's order is
// that of its hash trie: the variables' addresses, so no program can rely on it).
class ContextMapping final : public Object {
public:
    explicit ContextMapping(ClassObject* type) : Object(type, ObjKind::Other) {}
    void clear_references() override { items.clear(); }
    // The value of `var` (a ContextVarObject), or null.
    const Value* find(const Object* var) const {
        for (const auto& [k, v] : items)
            if (k.obj() == var) return &v;
        return nullptr;
    }
    std::vector<std::pair<Value, Value>> items;
};

class ContextObject final : public Object {
public:
    explicit ContextObject(ClassObject* type) : Object(type, ObjKind::Other) {}
    void clear_references() override { mapping.reset(); }
    Value mapping;         // ContextMapping, or unset: no variables
    bool entered = false;  // running now (Context.run, a task's step, a callback)
};

class ContextVarObject final : public Object {
public:
    explicit ContextVarObject(ClassObject* type) : Object(type, ObjKind::Other) {}
    void clear_references() override {
        name.reset();
        default_value.reset();
    }
    Value name;           // str
    Value default_value;  // unset: none given
};

class TokenObject final : public Object {
public:
    explicit TokenObject(ClassObject* type) : Object(type, ObjKind::Other) {}
    void clear_references() override {
        var.reset();
        old_value.reset();
        context.reset();
    }
    Value var;
    Value old_value;  // unset: Token.MISSING
    Value context;
    bool used = false;
};

namespace ctxvars {

// The Context a value is (exactly that class: it cannot be subclassed), else null.
ContextObject* as_context(Interp& vm, const Value& v);
// copy_context() for a task or a callback: unset when the current context is empty.
Value copy_current(Interp& vm);
// A `context=` argument of create_task / call_soon / add_done_callback: None → a copy of the
// current one; else it must be a Context.
Value context_argument(Interp& vm, const Value& given);

// The running code's Context, made (empty, entered) when there is none yet.
ContextObject& current(Interp& vm);
// A Context's variables for writing: its own mapping, copied first when shared.
ContextMapping& writable_mapping(Interp& vm, ContextObject& context);
Value new_context(Interp& vm, Value mapping);
// "<ContextVar name='x' default=0 at 0x...>" (the address a deterministic stand-in).
std::string stand_in_address(Interp& vm, const Object* o);

// Runs what follows inside `slot`'s context (unset: a fresh empty one) until destroyed, as
// Context.run does: RuntimeError when that context is running already. A Context made inside
// the scope for an unset slot (the scope's first ContextVar.set) is stored back into the slot.
class ContextScope {
public:
    // Inline for the common case of a program without contextvars (both contexts unset: there
    // is nothing to save or restore), which every task step and loop callback takes.
    ContextScope(Interp& vm, Value& slot) : vm_(vm), slot_(slot) {
        if (slot.is_set() || vm.current_context.is_set()) enter();
    }
    ~ContextScope() {
        if (entered_ || vm_.current_context.is_set()) leave();
    }
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;

private:
    void enter();
    void leave();
    Interp& vm_;
    Value& slot_;
    Value saved_;
    bool entered_ = false;
};

}  // namespace ctxvars

}  // namespace loopstep
