// Splitting exception groups: BaseExceptionGroup.split / subgroup / derive, and the two steps of
// `except*` built on them (matching one clause, and combining what the clauses leave).
// Semantics follow CPython 3.11: a split keeps the nesting, rebuilds every partly matching group
// with derive() and copies the original's metadata (cause, context, traceback, notes) onto it.
#include <unordered_set>

#include "vm/interp.h"
#include "vm/native_support.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

bool is_group(Interp& vm, const Value& v) { return vm.isinstance(v, vm.exc.base_exception_group.get()); }

const std::vector<Value>& members(const Value& group) {
    static const std::vector<Value> none;
    const Value& payload = group.as<ExceptionObject>()->payload;
    if (auto* t = payload.as<TupleObject>()) return t->items;
    return none;
}

bool is_exception_class(Interp& vm, const Value& v) {
    auto* cls = v.as<ClassObject>();
    return cls && cls->is_subclass_of(vm.exc.base_exception.get());
}

// What a split condition is: exception types, a predicate, or (for except*'s final step) the
// identities of the leaf exceptions to keep.
struct Matcher {
    enum class Kind : uint8_t { Types, Predicate, Leaves } kind;
    Value value;
    std::unordered_set<const Object*> leaves;
};

Matcher make_matcher(Interp& vm, const Value& condition) {
    if (is_callable(vm, condition) && !condition.as<ClassObject>()) return {Matcher::Kind::Predicate, condition, {}};
    bool types = is_exception_class(vm, condition);
    if (auto* t = condition.as<TupleObject>()) {
        types = true;
        for (const Value& item : t->items)
            if (!is_exception_class(vm, item)) types = false;
    }
    if (!types) vm.raise(vm.exc.type_error, "expected a function, exception type or tuple of exception types");
    return {Matcher::Kind::Types, condition, {}};
}

bool matches(Interp& vm, const Matcher& m, const Value& exc) {
    switch (m.kind) {
        case Matcher::Kind::Types:
            if (auto* t = m.value.as<TupleObject>()) {
                for (const Value& item : t->items)
                    if (vm.isinstance(exc, item.as<ClassObject>())) return true;
                return false;
            }
            return vm.isinstance(exc, m.value.as<ClassObject>());
        case Matcher::Kind::Predicate:
            return vm.truthy(vm.call(m.value, {exc}));
        case Matcher::Kind::Leaves:
            return m.leaves.count(exc.obj()) != 0;
    }
    return false;
}

// orig.derive(excs) carrying orig's metadata; unset when excs is empty.
Value subset(Interp& vm, const Value& orig, std::vector<Value> excs) {
    if (excs.empty()) return Value();
    Value made = vm.call_method(orig, "derive", {vm.list(std::move(excs))});
    if (!is_group(vm, made)) vm.raise(vm.exc.type_error, "derive must return an instance of BaseExceptionGroup");
    auto* from = orig.as<ExceptionObject>();
    auto* to = made.as<ExceptionObject>();
    to->context = from->context;
    to->cause = from->cause;
    to->suppress_context = true;  // as PyException_SetCause does, even for no cause
    to->traceback = from->traceback;
    Value notes = vm.lookup_attr(orig, vm.intern("__notes__"));
    if (notes.is(ObjKind::List) || notes.is(ObjKind::Tuple) || notes.is(ObjKind::Str))
        vm.setattr(made, vm.intern("__notes__"), vm.list(vm.to_vector(notes)));
    return made;
}

struct SplitResult {
    Value match, rest;  // unset = nothing
};

SplitResult split_recursive(Interp& vm, const Value& exc, const Matcher& m, bool with_rest) {
    if (matches(vm, m, exc)) return {exc, Value()};
    if (!is_group(vm, exc)) return {Value(), with_rest ? exc : Value()};
    std::vector<Value> matched, rest;
    for (const Value& member : std::vector<Value>(members(exc))) {
        SplitResult part = split_recursive(vm, member, m, with_rest);
        if (part.match.is_set()) matched.push_back(part.match);
        if (part.rest.is_set()) rest.push_back(part.rest);
    }
    SplitResult result;
    result.match = subset(vm, exc, std::move(matched));
    if (with_rest) result.rest = subset(vm, exc, std::move(rest));
    return result;
}

Value or_none(const Value& v) { return v.is_set() ? v : Value::none(); }

ExceptionObject& group_receiver(Interp& vm, const Value& self, const char* method) {
    if (!is_group(vm, self)) raise_bad_receiver(vm, "BaseExceptionGroup", method, self);
    return *self.as<ExceptionObject>();
}

Value group_split(Interp& vm, const Value& self, const CallArgs& args) {
    group_receiver(vm, self, "split");
    expect_count(vm, "split", args, 1, 1);
    SplitResult r = split_recursive(vm, self, make_matcher(vm, args.positional[0]), true);
    return vm.tuple({or_none(r.match), or_none(r.rest)});
}

Value group_subgroup(Interp& vm, const Value& self, const CallArgs& args) {
    group_receiver(vm, self, "subgroup");
    expect_count(vm, "subgroup", args, 1, 1);
    return or_none(split_recursive(vm, self, make_matcher(vm, args.positional[0]), false).match);
}

Value group_derive(Interp& vm, const Value& self, const CallArgs& args) {
    ExceptionObject& e = group_receiver(vm, self, "derive");
    reject_kwargs(vm, "derive", args);
    if (args.positional.size() != 1)
        vm.raise(vm.exc.type_error, "function takes exactly 1 argument (" + std::to_string(args.positional.size()) + " given)");
    Value message = e.args.empty() ? vm.str("") : e.args[0];
    return vm.call(vm.exc.base_exception_group.value(), {message, args.positional[0]});
}

void collect_leaves(Interp& vm, const Value& exc, std::unordered_set<const Object*>& leaves) {
    if (!is_group(vm, exc)) {
        leaves.insert(exc.obj());
        return;
    }
    for (const Value& member : members(exc)) collect_leaves(vm, member, leaves);
}

// A part of orig that went through a handler unchanged (bare `raise`, or the unmatched rest)
// still carries orig's metadata; anything raised anew does not.
bool same_metadata(const ExceptionObject& a, const ExceptionObject& b) {
    auto same = [](const Value& x, const Value& y) { return x.is_unset() ? y.is_unset() : x.same(y); };
    if (!same(a.cause, b.cause) || !same(a.context, b.context)) return false;
    if (a.traceback.size() != b.traceback.size()) return false;
    for (size_t i = 0; i < a.traceback.size(); ++i) {
        const TracebackEntry &x = a.traceback[i], &y = b.traceback[i];
        if (x.line != y.line || x.filename != y.filename || x.function != y.function) return false;
    }
    return true;
}

}  // namespace

void VmSupport::check_eg_match(Interp& vm, Frame* f, uint32_t no_match_target) {
    Value type = f->stack.back();
    f->stack.pop_back();
    auto check = [&](const Value& t) {
        if (!is_exception_class(vm, t))
            vm.raise(vm.exc.type_error, "catching classes that do not inherit from BaseException is not allowed");
        if (t.as<ClassObject>()->is_subclass_of(vm.exc.base_exception_group.get()))
            vm.raise(vm.exc.type_error, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    };
    if (auto* t = type.as<TupleObject>()) {
        for (const Value& item : std::vector<Value>(t->items)) check(item);
    } else {
        check(type);
    }
    Value& rest = f->stack.back();
    Value match;
    if (rest.is_none()) {
        // everything was matched by earlier clauses
    } else if (exception_matches(vm, rest, type)) {
        if (is_group(vm, rest)) {
            match = rest;
        } else {
            // A naked exception is matched as a one-member group with its traceback.
            match = vm.call(vm.exc.base_exception_group.value(), {vm.str(""), vm.tuple({rest})});
            match.as<ExceptionObject>()->traceback = rest.as<ExceptionObject>()->traceback;
        }
        rest = Value::none();
    } else if (is_group(vm, rest)) {
        Value pair = vm.call_method(rest, "split", {type});
        auto* t = pair.as<TupleObject>();
        if (!t || t->items.size() != 2)
            vm.raise(vm.exc.type_error, vm.type_name(rest) + ".split must return a 2-tuple, got " + vm.type_name(pair));
        if (!t->items[0].is_none()) {
            match = t->items[0];
            Value new_rest = t->items[1];
            f->stack.back() = std::move(new_rest);
        }
    }
    if (match.is_unset()) {
        f->ip = no_match_target;
        return;
    }
    if (!f->handled.empty()) f->handled.back() = match;
    f->stack.push_back(std::move(match));
}

Value VmSupport::prep_reraise_star(Interp& vm, const Value& orig, const Value& raised_list) {
    std::vector<Value> excs;
    for (const Value& v : raised_list.as<ListObject>()->items)
        if (!v.is_none()) excs.push_back(v);
    if (excs.empty()) return Value();
    // A naked exception was matched by at most one clause: there is one thing to raise.
    if (!is_group(vm, orig)) return excs[0];
    std::vector<Value> raised;
    Matcher keep{Matcher::Kind::Leaves, Value(), {}};
    const auto& orig_exc = *orig.as<ExceptionObject>();
    for (const Value& e : excs) {
        if (same_metadata(*e.as<ExceptionObject>(), orig_exc)) {
            collect_leaves(vm, e, keep.leaves);
        } else {
            raised.push_back(e);
        }
    }
    // The re-raised parts go back into orig's own shape.
    Value reraised = keep.leaves.empty() ? Value() : split_recursive(vm, orig, keep, false).match;
    if (raised.empty()) return reraised;
    if (reraised.is_set()) raised.push_back(reraised);
    if (raised.size() == 1) return raised[0];
    return vm.call(vm.exc.base_exception_group.value(), {vm.str(""), vm.list(std::move(raised))});
}

void install_exception_group_methods(Interp& vm) {
    ClassObject* group = vm.exc.base_exception_group.get();
    vm.add_method(group, "split", &receiver_first<group_split>);
    vm.add_method(group, "subgroup", &receiver_first<group_subgroup>);
    vm.add_method(group, "derive", &receiver_first<group_derive>);
}

}  // namespace loopstep
