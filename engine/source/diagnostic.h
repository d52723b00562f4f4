// A user-facing error in the program's source: where it is and what is wrong.
// User errors are data the front ends show next to the line; engine bugs are assertions.
#pragma once

#include <string>

namespace loopstep {

struct Diagnostic {
    std::string file;
    int line = 0;  // 1-based; 0 when the error concerns the whole file
    int col = 0;   // 1-based
    std::string message;

    // `FILE:LINE:COL: error: message`, the one-line form of SPEC §5.
    std::string format() const {
        return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": error: " + message;
    }
};

}  // namespace loopstep
