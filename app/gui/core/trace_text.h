// A task's text from the trace (its label, name, coroutine) as a QString.
#pragma once

#include <QString>

#include "trace/trace.h"

namespace loopstep {

inline QString traceText(const Trace& trace, TextRef text) {
    const std::string_view v = trace.text_of(text);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

}  // namespace loopstep
