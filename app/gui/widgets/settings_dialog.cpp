#include "widgets/settings_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loopstep {

SettingsDialog::SettingsDialog(const RunBudgets& budgets, QWidget* parent)
    : QDialog(parent),
      ticks_(new QSpinBox(this)),
      instructions_(new QSpinBox(this)),
      virtualTime_(new QDoubleSpinBox(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* intro =
        new QLabel(tr("A program that reaches one of these limits is stopped, and its last tick says "
                      "which limit it reached. Raise a limit for a long program; keep the instructions "
                      "low to catch a loop that never awaits quickly."),
                   this);
    intro->setWordWrap(true);

    ticks_->setObjectName(QStringLiteral("maxTicksBox"));
    ticks_->setRange(int(RunBudgets::kTicksMin), int(RunBudgets::kTicksMax));
    ticks_->setGroupSeparatorShown(true);
    ticks_->setSingleStep(100'000);
    ticks_->setToolTip(tr("The run stops after this many task steps"));
    instructions_->setObjectName(QStringLiteral("maxInstructionsBox"));
    instructions_->setRange(int(RunBudgets::kInstructionsMin), int(RunBudgets::kInstructionsMax));
    instructions_->setGroupSeparatorShown(true);
    instructions_->setSingleStep(1'000'000);
    instructions_->setToolTip(tr(
        "How many Python instructions one task step (or the module's code) may run before it awaits; a loop "
        "that never awaits holds up the whole event loop and is stopped here"));
    virtualTime_->setObjectName(QStringLiteral("maxVirtualTimeBox"));
    virtualTime_->setRange(RunBudgets::kVirtualTimeMin, RunBudgets::kVirtualTimeMax);
    virtualTime_->setDecimals(0);
    virtualTime_->setGroupSeparatorShown(true);
    virtualTime_->setSuffix(tr(" s"));
    virtualTime_->setToolTip(tr("The run stops when the loop's clock would pass this time"));

    auto* form = new QFormLayout;
    form->addRow(ticksBudgetName() + QLatin1Char(':'), ticks_);
    form->addRow(instructionsBudgetName() + QLatin1Char(':'), instructions_);
    form->addRow(virtualTimeBudgetName() + QLatin1Char(':'), virtualTime_);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setBudgets(RunBudgets{}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setBudgets(budgets);
}

RunBudgets SettingsDialog::budgets() const {
    RunBudgets b;
    b.maxTicks = ticks_->value();
    b.maxInstructions = instructions_->value();
    b.maxVirtualTime = virtualTime_->value();
    return b;
}

void SettingsDialog::setBudgets(const RunBudgets& budgets) {
    ticks_->setValue(static_cast<int>(budgets.maxTicks));
    instructions_->setValue(static_cast<int>(budgets.maxInstructions));
    virtualTime_->setValue(budgets.maxVirtualTime);
}

}  // namespace loopstep
