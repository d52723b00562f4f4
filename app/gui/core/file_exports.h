// What File → Export and Save write: the event-loop tables (the current tick's or all of them)
// as the workshop's plain text, Markdown or CSV, the trace as JSON, the program's source — every
// file through QSaveFile, so a failed write leaves no partial file and the old one intact.
#pragma once

#include <QByteArray>
#include <QString>

#include "trace/trace.h"

namespace loopstep {

enum class TableFormat { Text, Markdown, Csv };

// By the file's suffix: .md / .markdown, .csv, anything else plain text.
TableFormat tableFormatForPath(const QString& path);
QByteArray allTables(const Trace& trace, TableFormat format);
QByteArray tickTable(const Trace& trace, size_t tick, TableFormat format);
QByteArray traceJson(const Trace& trace);

// Writes `data` to `path` atomically; false with a message naming the file and the reason.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

}  // namespace loopstep
