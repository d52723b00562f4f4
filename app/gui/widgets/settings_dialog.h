// Edit → Settings…: the limits a run stops at (task steps, instructions between awaits, virtual
// time). The messages of a budget stop name these fields, not command-line flags.
#pragma once

#include <QDialog>

#include "core/run_budgets.h"

class QDoubleSpinBox;
class QSpinBox;

namespace loopstep {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const RunBudgets& budgets, QWidget* parent = nullptr);

    RunBudgets budgets() const;
    void setBudgets(const RunBudgets& budgets);

private:
    QSpinBox* ticks_;
    QSpinBox* instructions_;
    QDoubleSpinBox* virtualTime_;
};

}  // namespace loopstep
