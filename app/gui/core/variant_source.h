// A lesson variant applied to its program: "comment out these lines, uncomment that one"
// (lessons/README.md). Line numbers never move.
#pragma once

#include <QByteArray>

#include "core/lesson.h"

namespace loopstep {

QByteArray applyVariant(const QByteArray& source, const LessonVariant& variant);

}  // namespace loopstep
