// In-place access to the attributes of an asyncio prelude object (a Queue, a Lock, an Event) for
// the natives that implement its synchronous methods. They may skip the attribute protocol only
// when doing so cannot be told apart from it:
//   - the instance's dict holds exactly the fields the prelude's __init__ made (some optional),
//     so no instance attribute shadows a method or adds anything the natives would miss;
//   - its class, checked once per class epoch (class_holds), still has the prelude's natives for
//     the methods the fast path would otherwise call through `self`, no property over a field,
//     and no __setattr__ of its own.
// Anything else takes the natives' general path, which goes through `self` as the Python does.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "dict_object.h"
#include "interp.h"
#include "objects.h"

namespace loopstep {

template <size_t N>
class PlainFields {
public:
    // Finds `names` in the dict of `inst`: the first `required` must all be there, the rest may
    // be; true when nothing else is.
    bool locate(Interp& vm, const InstanceObject& inst, const std::array<const char*, N>& names, size_t required) {
        if (inst.dict.is_unset()) return false;
        auto& table = static_cast<DictObject*>(inst.dict.obj())->table;
        size_t found = 0;
        for (size_t i = 0; i < N; ++i) {
            at_[i] = nullptr;
            if (i >= required && found == table.size()) continue;  // nothing left to find
            uint32_t hint = static_cast<uint32_t>(i);  // where __init__ put it
            int64_t at = table.find_str_hinted(vm.literal_name(names[i]), hint);
            if (at < 0) {
                if (i < required) return false;
                continue;
            }
            at_[i] = &table.entries()[static_cast<size_t>(at)].value;
            ++found;
        }
        return found == table.size();
    }
    // Valid until the dict gains or loses a key.
    Value& operator[](size_t i) { return *at_[i]; }

private:
    std::array<Value*, N> at_{};
};

// Whether the class passed `check` at the current class epoch, remembered in `verdict` (classes
// are never made without a new epoch, so a recycled address cannot pass for a checked class).
template <class Check>
bool class_holds(Interp& vm, Interp::ClassVerdict& verdict, ClassObject* cls, Check&& check) {
    if (verdict.type != cls || verdict.epoch != vm.class_epoch) {
        verdict.ok = check(*cls);
        verdict.type = cls;
        verdict.epoch = vm.class_epoch;
    }
    return verdict.ok;
}

// The class's `name` is the native `fn`, unbound.
inline bool has_native(Interp& vm, ClassObject& cls, const char* name, NativeFn fn) {
    Value found = vm.type_lookup(&cls, vm.literal_name(name));
    auto* native = found.as<NativeFunctionObject>();
    return native && native->fn == fn && native->self.is_unset();
}

// Reading and writing `names` on instances of the class is just the instance dict's business.
template <class... Names>
bool plain_attributes(Interp& vm, ClassObject& cls, Names... names) {
    if (cls.is_user_class && vm.type_lookup(&cls, vm.literal_name("__setattr__")).is(ObjKind::Function)) return false;
    return (!vm.type_lookup(&cls, vm.literal_name(names)).is(ObjKind::Property) && ...);
}

}  // namespace loopstep
