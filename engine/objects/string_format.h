// printf-style formatting of str: `"%s is %5.2f" % (name, value)`.
#pragma once

#include "vm/value.h"

namespace loopstep {

class Interp;

Value percent_format(Interp& vm, const Value& format, const Value& args);

}  // namespace loopstep
