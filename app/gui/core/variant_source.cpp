#include "core/variant_source.h"

#include <QList>

namespace loopstep {

namespace {

qsizetype indentation(const QByteArray& line) {
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    return i;
}

void commentOut(QByteArray& line) { line.insert(indentation(line), "# "); }

// Both spellings come back as the indented code: `    # x` and `#     x`.
void uncomment(QByteArray& line) {
    const qsizetype at = indentation(line);
    if (line.mid(at, 2) == "# ") line.remove(at, 2);
    else if (line.mid(at, 1) == "#") line.remove(at, 1);
}

}  // namespace

QByteArray applyVariant(const QByteArray& source, const LessonVariant& variant) {
    QList<QByteArray> lines = source.split('\n');
    for (int n : variant.comment)
        if (n >= 1 && n <= lines.size()) commentOut(lines[n - 1]);
    for (int n : variant.uncomment)
        if (n >= 1 && n <= lines.size()) uncomment(lines[n - 1]);
    return lines.join('\n');
}

}  // namespace loopstep
