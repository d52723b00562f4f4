// sys.get_int_max_str_digits() and sys.set_int_max_str_digits(maxdigits): the int <-> decimal str
// limit of CPython 3.11 (default 4300, 0 for none), kept in the Interp (objects/int_values.h).
#pragma once

#include "vm/interp.h"

namespace loopstep {

// Adds both functions to the namespace of the module `sys_module` (a ModuleObject).
void install_int_digit_functions(Interp& vm, const Value& sys_module);

}  // namespace loopstep
