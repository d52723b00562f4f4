// Assembles a fresh runtime from every layer: the builtins namespace (objects/, builtins/) and the
// importable modules (modules/, asyncio/).
#include "vm/interp.h"

namespace loopstep {

void Interp::install_builtins() {
    builtins = dict();
    install_object_type(*this);
    install_builtin_functions(*this);
    install_str_methods(*this);
    install_list_methods(*this);
    install_dict_methods(*this);
    install_builtin_subclassing(*this);
    install_number_methods(*this);
    install_exception_methods(*this);
    install_generator_methods(*this);
    install_async_generator_methods(*this);
    install_coroutine_wrapper(*this);
    auto* names = static_cast<DictObject*>(builtins.obj());
    for (const Ref<ClassObject>* cls :
         {&exc.base_exception, &exc.exception, &exc.generator_exit, &exc.keyboard_interrupt, &exc.system_exit,
          &exc.arithmetic_error, &exc.zero_division_error, &exc.overflow_error, &exc.assertion_error,
          &exc.attribute_error, &exc.lookup_error, &exc.index_error, &exc.key_error, &exc.name_error,
          &exc.unbound_local_error, &exc.runtime_error, &exc.not_implemented_error, &exc.recursion_error,
          &exc.stop_iteration, &exc.stop_async_iteration, &exc.type_error, &exc.value_error, &exc.unicode_error,
          &exc.import_error, &exc.module_not_found_error, &exc.memory_error, &exc.os_error, &exc.timeout_error,
          &exc.base_exception_group, &exc.exception_group})
        names->set(*this, intern((*cls)->name), cls->value());
    for (const Ref<ClassObject>& cls : exc.others) names->set(*this, intern(cls->name), cls.value());
    names->set(*this, intern("NotImplemented"), not_implemented);
    names->set(*this, intern("Ellipsis"), ellipsis);
    names->set(*this, intern("__name__"), intern("builtins"));
}

void Interp::install_modules() {
    install_module_time(*this);
    install_module_dataclasses(*this);
}

}  // namespace loopstep
