#include "core/run_setup.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

#include "syntax/literal_edit.h"

namespace loopstep {

const LiteralEdit* RunSetup::editAt(int line, int col) const {
    for (const LiteralEdit& edit : edits)
        if (edit.line == line && edit.col == col) return &edit;
    return nullptr;
}

void RunSetup::setEdit(int line, int col, const std::string& number) {
    std::erase_if(edits, [&](const LiteralEdit& e) { return e.line == line && e.col == col; });
    if (!number.empty()) edits.push_back({line, col, number});
}

QByteArray RunSetup::editedSource() const {
    if (edits.empty()) return source;
    std::string text = source.toStdString();
    // On a bad edit nothing is changed: the engine refuses the same edit with a message.
    if (apply_literal_edits(text, edits, document.engineFileName().toStdString())) return source;
    return QByteArray::fromStdString(text);
}

RunSetup RunSetup::asWritten() const {
    RunSetup setup = *this;
    setup.variant = -1;
    setup.source = setup.document.source;
    setup.codeEdited = false;
    setup.edits.clear();
    setup.seed = 0;
    return setup;
}

bool operator==(const RunSetup& a, const RunSetup& b) {
    if (a.document.path != b.document.path || a.source != b.source || a.variant != b.variant ||
        a.seed != b.seed || a.codeEdited != b.codeEdited || a.edits.size() != b.edits.size())
        return false;
    for (const LiteralEdit& edit : a.edits) {
        const LiteralEdit* other = b.editAt(edit.line, edit.col);
        if (!other || other->number != edit.number) return false;
    }
    return true;
}

std::string numberLiteralText(double value) {
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

}  // namespace loopstep
