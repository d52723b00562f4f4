// What moved in the output between two runs of a program: each line of the new output is matched
// with the same line of the old one (digits ignored, so "done at 00:00:03" matches "done at
// 00:00:01"; the k-th repeat with the k-th), and marked when its virtual time changed or its order
// among the matched lines did.
#pragma once

#include <QString>
#include <vector>

namespace loopstep {

struct PrintedLine {
    QString text;
    double clock = 0.0;
};

struct LineChange {
    int previousRow = -1;  // the matched line in the old output; -1: new
    double previousClock = 0.0;
    bool timeMoved = false;
    bool orderMoved = false;

    bool moved() const { return previousRow < 0 || timeMoved || orderMoved; }
};

// One entry per line of `after`.
std::vector<LineChange> compareOutputLines(const std::vector<PrintedLine>& before,
                                           const std::vector<PrintedLine>& after);

}  // namespace loopstep
