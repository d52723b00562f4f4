// The event-loop tables as Markdown, in the app's words (tickSummaryText, whereText). Code
// (labels, names, where a task is) goes in code spans, where `<module>` needs no escaping;
// prose is escaped the Markdown way (`\<`, `\|`, `\*`), never with HTML entities, so the file
// reads right both raw and rendered.
#pragma once

#include <QByteArray>
#include <QString>

#include "trace/trace.h"

namespace loopstep {

// Ticks first..last (inclusive, clamped) as "### T3 — t=1.000 — …" sections with a table each.
QByteArray markdownTables(const Trace& trace, size_t first, size_t last);

// `text` with Markdown's punctuation escaped by backslashes; for a table cell, `|` too.
QString markdownEscaped(const QString& text);
// `text` as a code span that survives a table cell: `worker('a', 1)`.
QString markdownCode(const QString& text);

}  // namespace loopstep
