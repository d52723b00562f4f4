#include "core/file_exports.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include "trace/trace_format.h"
#include "core/markdown_tables.h"

namespace loopstep {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("loopstep::FileExports", text);
}

// The engine formats whole traces; one tick's part is cut out of them.
QByteArray csvRows(const std::string& all, size_t tick) {
    const std::string prefix = "T" + std::to_string(tick) + ",";
    std::string out;
    size_t begin = 0;
    bool header = true;
    while (begin < all.size()) {
        size_t end = all.find('\n', begin);
        if (end == std::string::npos) end = all.size();
        const std::string_view line(all.data() + begin, end - begin);
        if (header || line.starts_with(prefix)) out.append(line).append("\n");
        header = false;
        begin = end + 1;
    }
    return QByteArray::fromStdString(out);
}

}  // namespace

TableFormat tableFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) return TableFormat::Markdown;
    if (suffix == QLatin1String("csv")) return TableFormat::Csv;
    return TableFormat::Text;
}

QByteArray allTables(const Trace& trace, TableFormat format) {
    switch (format) {
        case TableFormat::Markdown:
            return trace.tick_count() ? markdownTables(trace, 0, trace.tick_count() - 1) : QByteArray();
        case TableFormat::Csv:
            return QByteArray::fromStdString(format_tables_csv(trace));
        case TableFormat::Text:
            break;
    }
    return QByteArray::fromStdString(format_tables(trace));
}

QByteArray tickTable(const Trace& trace, size_t tick, TableFormat format) {
    if (tick >= trace.tick_count()) return {};
    switch (format) {
        case TableFormat::Markdown:
            return markdownTables(trace, tick, tick);
        case TableFormat::Csv:
            return csvRows(format_tables_csv(trace), tick);
        case TableFormat::Text:
            break;
    }
    return QByteArray::fromStdString(format_tick_table(trace, tick));
}

QByteArray traceJson(const Trace& trace) {
    return QByteArray::fromStdString(trace_to_json(trace));
}

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace loopstep
