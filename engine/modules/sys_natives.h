// What sys's natives (module_sys.cpp) share with the natives of logging and warnings.
#pragma once

#include <cstdint>
#include <string>

#include "vm/interp.h"

namespace loopstep {

// (filename, line, function name, module name) of the frame `level` callers up from `start`,
// counting only frames whose file is not `skip` ("": every frame). With `step_onto_start`,
// `start` itself is the first step (a native called from it stands where a Python frame of
// `skip` would); otherwise the walk begins at start's caller.
Value caller_tuple(Interp& vm, Frame* start, bool step_onto_start, const std::string& skip, int64_t level);

// time.strftime(format, time.gmtime(seconds)).
std::string strftime_utc(const std::string& format, double seconds);

}  // namespace loopstep
