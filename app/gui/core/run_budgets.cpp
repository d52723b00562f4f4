#include "core/run_budgets.h"

#include <QCoreApplication>
#include <QSettings>
#include <algorithm>

namespace loopstep {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("RunBudgets", text);
}

const QString kTicksKey = QStringLiteral("run/maxTicks");
const QString kInstructionsKey = QStringLiteral("run/maxInstructionsBetweenAwaits");
const QString kVirtualTimeKey = QStringLiteral("run/maxVirtualTime");

}  // namespace

RunBudgets RunBudgets::load() {
    const QSettings settings;
    RunBudgets b;
    // A hand-edited settings file must not make every run stop at once.
    b.maxTicks = std::clamp(settings.value(kTicksKey, qlonglong(b.maxTicks)).toLongLong(),
                            qlonglong(kTicksMin), qlonglong(kTicksMax));
    b.maxInstructions =
        std::clamp(settings.value(kInstructionsKey, qlonglong(b.maxInstructions)).toLongLong(),
                   qlonglong(kInstructionsMin), qlonglong(kInstructionsMax));
    b.maxVirtualTime = std::clamp(settings.value(kVirtualTimeKey, b.maxVirtualTime).toDouble(),
                                  kVirtualTimeMin, kVirtualTimeMax);
    return b;
}

void RunBudgets::save() const {
    QSettings settings;
    settings.setValue(kTicksKey, qlonglong(maxTicks));
    settings.setValue(kInstructionsKey, qlonglong(maxInstructions));
    settings.setValue(kVirtualTimeKey, maxVirtualTime);
}

void RunBudgets::applyTo(RunOptions& options) const {
    options.max_ticks = maxTicks;
    options.max_instructions = maxInstructions;
    options.max_virtual_time = maxVirtualTime;
}

QString ticksBudgetName() {
    return tr("Task steps (ticks)");
}
QString instructionsBudgetName() {
    return tr("Instructions between awaits");
}
QString virtualTimeBudgetName() {
    return tr("Virtual time");
}

QString settingsPath(const QString& budgetName) {
    return tr("Edit → Settings… → %1").arg(budgetName);
}

}  // namespace loopstep
