// The icons and lessons are compiled into the static GUI library; a static library's resources
// must be registered explicitly before first use.
#pragma once

namespace loopstep {

void initResources();

}  // namespace loopstep
