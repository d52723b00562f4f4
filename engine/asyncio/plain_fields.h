// In-place access to the attributes of an asyncio prelude object (a Queue, a Lock, an Event) for
// the natives that implement its synchronous methods. They may skip the attribute protocol only
// when doing so cannot be told apart from it:
//   - the instance's dict holds exactly the fields the prelude's __init__ made (some optional),
//     so no instance attribute shadows a method or adds anything the natives would miss;
//   - its class, checked once per class epoch, still has the prelude's natives for
//     the methods the fast path would otherwise call through `self`, no property over a field,
//     and no __setattr__ of its own.
// Anything else takes the natives' general path, which goes through `self` as the Python does.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "vm/dict_object.h"
#include "vm/interp.h"
#include "vm/objects.h"

namespace loopstep {

// The fields of one instance, in place. `names`: the first `required` must all be in the
// instance's dict, the others may be, and nothing else may; `check` is the class's test. A
// site remembers both answers (the class's per class epoch, the dict's per dict version).
// Whether the class passes `check`, asked once per class epoch at this site (classes are never
// made without a new epoch, so a recycled address cannot pass for a checked class).
template <class Check>
bool class_passes(Interp& vm, Interp::PlainSite& site, ClassObject& cls, Check&& check) {
    if (site.type != &cls || site.epoch != vm.class_epoch) {
        site.class_ok = check(cls);
        site.type = &cls;
        site.epoch = vm.class_epoch;
    }
    return site.class_ok;
}

template <size_t N>
class PlainFields {
    static_assert(N <= std::tuple_size_v<decltype(Interp::PlainSite::at)>);

public:
    template <class Check>
    bool locate(Interp& vm, Interp::PlainSite& site, const InstanceObject& inst, const std::array<const char*, N>& names,
                size_t required, Check&& check) {
        if (!class_passes(vm, site, *inst.type(), check) || inst.dict.is_unset()) return false;
        auto& table = static_cast<DictObject*>(inst.dict.obj())->table;
        if (site.dict.obj() != inst.dict.obj() || site.version != table.version()) {
            site.fields_ok = find_all(vm, site, table, names, required);
            site.dict = inst.dict;
            site.version = table.version();
        }
        if (!site.fields_ok) return false;
        entries_ = table.entries().data();
        at_ = site.at.data();
        return true;
    }
    // Valid until the dict gains or loses a key.
    Value& operator[](size_t i) { return entries_[at_[i]].value; }

private:
    static bool find_all(Interp& vm, Interp::PlainSite& site, const HashTable& table,
                         const std::array<const char*, N>& names, size_t required) {
        size_t found = 0;
        for (size_t i = 0; i < N; ++i) {
            const Value& name = vm.literal_name(names[i]);
            int64_t at = table.find_str(name, static_cast<StrObject*>(name.obj())->hash());
            if (at < 0 && i < required) return false;
            site.at[i] = static_cast<int32_t>(at);
            if (at >= 0) ++found;
        }
        return found == table.size();
    }

    HashTable::Entry* entries_ = nullptr;
    const int32_t* at_ = nullptr;
};

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
