// LOAD_ATTR, LOAD_METHOD and STORE_ATTR with a per-instruction cache of the class lookup.
//
// Each of these instructions remembers, for the class it last met, what `type.lookup(name)` found
// (CodeObject::InlineCache); the entry holds while Interp::class_epoch is unchanged, i.e. until a
// class is made or a class attribute is set or deleted. With the class side known, reading or
// writing an ordinary instance attribute is one probe of the instance dict, and calling a method
// needs no bound-method object. Everything unusual (properties, __setattr__, dunder names,
// modules, classes, super, exceptions) takes the general path of attributes.cpp.
#include "vm/interp.h"
#include "vm/vm_support.h"

namespace loopstep {

namespace {

CodeObject::InlineCache& cache_of(Frame* f) {
    auto& caches = f->code->caches;
    if (caches.empty()) caches.resize(f->code->code->instructions.size());
    return caches[f->ip - 1];
}

// What `type.lookup(name)` gives, from this instruction's cache when it is current.
bool is_dunder(const Value& name) {
    const std::string& s = static_cast<StrObject*>(name.obj())->text();
    return s.size() > 4 && s[0] == '_' && s[1] == '_' && s[s.size() - 1] == '_' && s[s.size() - 2] == '_';
}

// What `type.lookup(name)` gives, from this instruction's cache when it is current. Null for
// __special__ names, which always take the general path.
const CodeObject::InlineCache* class_lookup(Interp& vm, Frame* f, ClassObject* type, const Value& name) {
    CodeObject::InlineCache& c = cache_of(f);
    if (c.type != type || c.epoch != vm.class_epoch) {
        c.type = type;
        c.epoch = vm.class_epoch;
        c.dunder = is_dunder(name);
        c.found = c.dunder ? Value() : type->lookup(name);
        c.setattr_hook = type->is_user_class && type->lookup(vm.literal_name("__setattr__")).is(ObjKind::Function);
    }
    return c.dunder ? nullptr : &c;
}

// Instances whose attributes are just their dict plus their class (no special attributes).
InstanceObject* plain_instance(const Value& obj) {
    if (!obj.is_obj()) return nullptr;
    ObjKind k = obj.obj()->kind;
    if (k == ObjKind::Instance || k == ObjKind::Future || k == ObjKind::Task || k == ObjKind::Loop)
        return static_cast<InstanceObject*>(obj.obj());
    return nullptr;
}

// Built-in containers and strings (asyncio's deque too): their methods are natives in their
// (non-user) class.
bool plain_builtin(Interp& vm, const Value& obj) {
    if (!obj.is_obj()) return false;
    ObjKind k = obj.obj()->kind;
    bool container = k == ObjKind::Str || k == ObjKind::List || k == ObjKind::Dict || k == ObjKind::Set ||
                     k == ObjKind::Tuple || k == ObjKind::Deque;
    return container && !vm.type_of(obj)->is_user_class;
}

// The instance dict's entry for `name` (-1 when absent), trying this instruction's hint first.
int64_t instance_entry(const DictObject& dict, const Value& name, const CodeObject::InlineCache& c) {
    return dict.table.find_str_hinted(name, const_cast<CodeObject::InlineCache&>(c).dict_hint);
}

Value pop(Frame* f) {
    Value v = std::move(f->stack.back());
    f->stack.pop_back();
    return v;
}

}  // namespace

void VmSupport::load_attr(Interp& vm, Frame* f, const Value& name) {
    Value obj = pop(f);
    if (InstanceObject* inst = plain_instance(obj); inst && inst->dict.is_set()) {
        const auto* c = class_lookup(vm, f, vm.type_of(obj), name);
        // A property, or a descriptor written in Python, may come before the instance's dict.
        if (c && !c->found.is(ObjKind::Property) && !c->found.is(ObjKind::Instance)) {
            const auto* dict = static_cast<DictObject*>(inst->dict.obj());
            if (int64_t at = instance_entry(*dict, name, *c); at >= 0) {
                f->stack.push_back(dict->table.entries()[static_cast<size_t>(at)].value);
                return;
            }
        }
    }
    f->stack.push_back(vm.getattr(obj, name));
}

void VmSupport::load_method(Interp& vm, Frame* f, const Value& name) {
    Value obj = pop(f);
    if (auto* m = obj.as<ModuleObject>()) {
        // module.function(...): the module's own attribute, nothing to bind.
        if (Value v = m->namespace_dict()->get_str(name); v.is_set()) {
            f->stack.push_back(std::move(v));
            f->stack.push_back(Value());
            return;
        }
    }
    InstanceObject* inst = plain_instance(obj);
    const CodeObject::InlineCache* c = (inst || plain_builtin(vm, obj)) ? class_lookup(vm, f, vm.type_of(obj), name) : nullptr;
    if (c) {
        const Value& found = c->found;
        bool method = found.is(ObjKind::Function) ||
                      (found.is(ObjKind::Native) && static_cast<NativeFunctionObject*>(found.obj())->self.is_unset());
        // An instance attribute of the same name comes first.
        if (method && inst && inst->dict.is_set() && static_cast<DictObject*>(inst->dict.obj())->get_str(name).is_set())
            method = false;
        if (method) {
            f->stack.push_back(found);
            f->stack.push_back(std::move(obj));
            return;
        }
    }
    f->stack.push_back(vm.getattr(obj, name));
    f->stack.push_back(Value());
}

void VmSupport::store_attr(Interp& vm, Frame* f, const Value& name) {
    Value obj = pop(f);
    Value v = pop(f);
    if (InstanceObject* inst = plain_instance(obj); inst && inst->dict.is_set()) {
        const auto* c = class_lookup(vm, f, vm.type_of(obj), name);
        if (c && !c->setattr_hook && !c->found.is(ObjKind::Property) && !c->found.is(ObjKind::Instance)) {
            auto* dict = static_cast<DictObject*>(inst->dict.obj());
            // Overwriting an attribute it has: straight into its entry (the dict's size and
            // order do not change, as for any overwrite); a new one goes through set().
            if (int64_t at = instance_entry(*dict, name, *c); at >= 0) {
                dict->table.entries()[static_cast<size_t>(at)].value = std::move(v);
                return;
            }
            dict->set(vm, name, std::move(v));
            return;
        }
    }
    vm.setattr(obj, name, v);
}

}  // namespace loopstep
