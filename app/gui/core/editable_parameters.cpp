#include "core/editable_parameters.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

#include "compiler/parameters.h"

namespace loopstep {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("loopstep::EditableParameters", text);
}

constexpr double kSeedMax = 1000.0;

void applyEdit(const RunSetup& setup, EditableParameter& p) {
    // Whole numbers only where the literal is an int and the steps are whole (`range(5)`); a
    // delay written `1` may well become 1.5.
    p.isInt = p.isInt && std::floor(p.step) == p.step;
    if (const LiteralEdit* edit = setup.editAt(p.line, p.col)) {
        bool ok = false;
        const double v = QString::fromStdString(edit->number).toDouble(&ok);
        if (ok) p.value = v;
    }
    // An edited value outside the range widens it rather than being clamped behind the learner's back.
    p.min = std::min(p.min, p.value);
    p.max = std::max(p.max, p.value);
}

}  // namespace

bool literalValueAt(const QByteArray& source, int line, int col, double* value, bool* isInt) {
    const QList<QByteArray> lines = source.split('\n');
    if (line < 1 || line > lines.size() || col < 1) return false;
    const QString text = QString::fromUtf8(lines[line - 1]);
    const QList<uint> points = text.toUcs4();
    if (col > points.size()) return false;
    const QString rest = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()) + col - 1,
                                           points.size() - col + 1);
    static const QRegularExpression number(
        QStringLiteral("^(?:(\\d[\\d_]*)?(\\.[\\d_]*)?([eE][+-]?\\d[\\d_]*)?)"));
    const QRegularExpressionMatch m = number.match(rest);
    if (!m.hasMatch() || m.capturedLength() == 0 || m.captured(0) == QStringLiteral(".")) return false;
    bool ok = false;
    QString digits = m.captured(0);
    digits.remove(QLatin1Char('_'));
    const double v = digits.toDouble(&ok);
    if (!ok) return false;
    *value = v;
    *isInt = m.captured(2).isEmpty() && m.captured(3).isEmpty();
    return true;
}

QList<EditableParameter> editableParameters(const RunSetup& setup) {
    QList<EditableParameter> list;
    auto known = [&list](int line, int col) {
        return std::any_of(list.begin(), list.end(),
                           [&](const EditableParameter& p) { return p.line == line && p.col == col; });
    };
    const Lesson* lesson = setup.document.lesson && !setup.codeEdited ? &*setup.document.lesson : nullptr;
    const LessonParameter* lessonSeed = nullptr;
    if (lesson) {
        for (const LessonParameter& lp : lesson->parameters) {
            if (lp.seed) {
                lessonSeed = &lp;
                continue;
            }
            EditableParameter p;
            if (!literalValueAt(setup.source, lp.line, lp.col, &p.original, &p.isInt))
                continue;  // a variant hid it
            p.name = lp.name;
            p.detail = tr("Lesson parameter: the number at line %1, column %2").arg(lp.line).arg(lp.col);
            p.line = lp.line;
            p.col = lp.col;
            p.fromLesson = true;
            p.value = p.original;
            p.min = lp.min;
            p.max = lp.max;
            p.step = lp.step > 0 ? lp.step : (p.isInt ? 1.0 : 0.5);
            p.unit = lp.unit;
            applyEdit(setup, p);
            list.append(p);
        }
    }
    for (const DelayParameter& d :
         find_delay_parameters(setup.source.toStdString(), setup.document.engineFileName().toStdString())) {
        if (known(d.line, d.col)) continue;
        EditableParameter p;
        p.name = QString::fromStdString(d.label);
        p.detail = tr("%1 at line %2, column %3").arg(QString::fromStdString(d.kind)).arg(d.line).arg(d.col);
        p.line = d.line;
        p.col = d.col;
        p.isInt = d.is_int;
        p.original = p.value = d.value;
        p.min = d.min;
        p.max = d.max;
        p.step = d.step > 0 ? d.step : 0.5;
        p.unit = QString::fromStdString(d.unit);
        applyEdit(setup, p);
        list.append(p);
    }
    EditableParameter seed;
    seed.seed = true;
    seed.isInt = true;
    seed.fromLesson = lessonSeed != nullptr;
    seed.name = lessonSeed ? lessonSeed->name : tr("random seed");
    seed.detail = tr("random.seed(N) before the program starts (--seed N)");
    seed.value = static_cast<double>(setup.seed);
    seed.min = lessonSeed ? lessonSeed->min : 0.0;
    seed.max = std::max(lessonSeed ? lessonSeed->max : kSeedMax, seed.value);
    seed.step = 1.0;
    list.append(seed);
    return list;
}

}  // namespace loopstep
