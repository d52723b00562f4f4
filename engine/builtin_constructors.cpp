// The str constructor, and the built-in classes made visible by name in the builtins (their
// constructors live with their methods: list_methods.cpp, dict_methods.cpp, ...).
#include "native_support.h"

namespace loopstep {

namespace {

// str(object='') and str(object, encoding, errors); decoding needs bytes, which Loopstep lacks.
Value str_new(Interp& vm, const Value& self, const CallArgs& args) {
    auto a = bind_args(vm, "str", args, {"object", "encoding", "errors"}, 0, 3);
    for (size_t i = 1; i < 3; ++i)
        if (a[i].is_set() && !a[i].is(ObjKind::Str))
            vm.raise(vm.exc.type_error, std::string("str() argument '") + (i == 1 ? "encoding" : "errors") +
                                            "' must be str, not " + vm.type_name(a[i]));
    if (a[1].is_set() || a[2].is_set()) {
        if (a[0].is(ObjKind::Str)) vm.raise(vm.exc.type_error, "decoding str is not supported");
        vm.raise(vm.exc.type_error, "decoding to str: need a bytes-like object, " +
                                        (a[0].is_set() ? vm.type_name(a[0]) : std::string("str")) + " found");
    }
    Value result = a[0].is_unset() ? vm.str("") : a[0].is(ObjKind::Str) ? a[0] : vm.str(vm.to_str(a[0]));
    auto* cls = self.as<ClassObject>();
    if (cls && cls != vm.types.str.get()) {
        result = vm.str(str_text(result));
        result.obj()->set_type(cls);
    }
    return result;
}

}  // namespace

void install_builtin_constructors(Interp& vm) {
    vm.types.str->constructor = &str_new;
    auto* names = static_cast<DictObject*>(vm.builtins.obj());
    for (const Ref<ClassObject>* cls : {&vm.types.bool_, &vm.types.int_, &vm.types.float_, &vm.types.str,
                                        &vm.types.list, &vm.types.tuple, &vm.types.dict, &vm.types.set,
                                        &vm.types.frozenset, &vm.types.range, &vm.types.slice})
        names->set(vm, vm.intern((*cls)->name), cls->value());
}

}  // namespace loopstep
