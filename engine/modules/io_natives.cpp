// The native under python/io.py's StringIO.write: appending at the end of a stream that
// translates no newlines (logging's StreamHandler, print(file=…), redirect_stdout write so) is a
// list append and two counters. Any other case — a closed stream, a position inside the text,
// newline translation, a str subclass or not a str — is the Python method's (_write).
#include "vm/dict_object.h"
#include "vm/interp.h"
#include "vm/native_support.h"

namespace loopstep {

namespace {

Value stringio_write(Interp& vm, const Value& self, const CallArgs& args) {
    expect_one_arg(vm, "write", args);
    const Value& s = args.positional[0];
    auto* inst = self.as<InstanceObject>();
    if (inst && inst->kind == ObjKind::Instance && inst->dict.is_set() && s.is(ObjKind::Str) &&
        s.obj()->type() == vm.types.str.get()) {
        auto* fields = static_cast<DictObject*>(inst->dict.obj());
        Value closed = fields->get_str(vm.literal_name("_closed"));
        Value newline = fields->get_str(vm.literal_name("_newline"));
        Value pos = fields->get_str(vm.literal_name("_pos"));
        Value size = fields->get_str(vm.literal_name("_size"));
        auto* pieces = fields->get_str(vm.literal_name("_pieces")).as<ListObject>();
        if (closed.same(Value::boolean(false)) && newline.is(ObjKind::Str) && newline.as<StrObject>()->text() == "\n" &&
            pos.is_int() && size.is_int() && pos.as_int() == size.as_int() && pieces && pieces->type() == vm.types.list.get()) {
            const int64_t n = static_cast<int64_t>(s.as<StrObject>()->length());
            if (n == 0) return Value::integer(0);
            pieces->items.push_back(s);
            fields->set(vm, vm.literal_name("_size"), Value::integer(size.as_int() + n));
            fields->set(vm, vm.literal_name("_pos"), Value::integer(size.as_int() + n));
            return Value::integer(n);
        }
    }
    Value slow = vm.modules.count("io") ? vm.modules["io"].as<ModuleObject>()->namespace_dict()->get_str(vm.literal_name("_write"))
                                        : Value();
    if (slow.is_unset()) vm.raise(vm.exc.runtime_error, "io._write is missing");
    return vm.call(slow, {self, s});
}

}  // namespace

void install_io_natives(Interp& vm, DictObject& module) {
    module.set(vm, vm.intern("_native_write"), vm.native("write", &receiver_first<stringio_write>));
}

}  // namespace loopstep
