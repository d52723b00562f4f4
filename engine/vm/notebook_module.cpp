// Notebook mode (SPEC §2): a module with top-level `await` / `async for` / `async with` is compiled
// as a coroutine, as CPython's ast.PyCF_ALLOW_TOP_LEVEL_AWAIT makes it, and that coroutine is
// awaited by asyncio.run, as `python -m asyncio` and notebooks do. So the module's code is Task-1,
// and its names stay the module's globals: the frame reads and writes the __main__ namespace.
#include <memory>

#include "vm/interp.h"
#include "vm/vm_support.h"

namespace loopstep {

void Interp::run_module_coroutine(std::shared_ptr<const Code> code, const Value& globals) {
    Ref<CodeObject> loaded = load_code(std::move(code));
    const Code& body = *loaded->code;
    const size_t depth = Frame::stack_depth(body);
    std::unique_ptr<Frame> frame(new_frame(depth));
    frame->set_code(loaded);
    frame->prepare_slots(0, depth);
    frame->globals = globals;
    frame->locals_dict = globals;
    auto* coroutine = heap.make<GeneratorObject>(types.coroutine.get(), GeneratorObject::Kind::Coroutine, std::move(frame));
    coroutine->set_names(loaded, &body.name, &body.qualname);  // `<module>`, as CPython names it
    Value awaited = Value::object(coroutine);
    Value asyncio = VmSupport::import_module(*this, "asyncio");
    call(getattr(asyncio, "run"), {awaited});
}

}  // namespace loopstep
