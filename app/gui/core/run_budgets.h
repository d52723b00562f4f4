// The limits a run stops at (SPEC §5, exit 4), as the app's Settings dialog sets them and
// QSettings keeps them: task steps, instructions a task may run without awaiting, and virtual
// time. A program that reaches one is stopped and explained at its last tick, naming the setting.
#pragma once

#include <QString>
#include <cstdint>

#include "engine.h"

namespace loopstep {

struct RunBudgets {
    int64_t maxTicks = RunOptions{}.max_ticks;
    int64_t maxInstructions = RunOptions{}.max_instructions;
    double maxVirtualTime = RunOptions{}.max_virtual_time;  // seconds

    // The stored settings (the engine's defaults where none are stored), and storing them.
    static RunBudgets load();
    void save() const;
    void applyTo(RunOptions& options) const;

    // The limits a learner may set: wide enough for real programs, never zero.
    static constexpr int64_t kTicksMin = 100, kTicksMax = 100'000'000;
    static constexpr int64_t kInstructionsMin = 10'000, kInstructionsMax = 2'000'000'000;
    static constexpr double kVirtualTimeMin = 1.0, kVirtualTimeMax = 1e12;

    bool operator==(const RunBudgets&) const = default;
};

// How the Settings dialog names each budget, for messages that send the learner there:
// "Edit → Settings… → Instructions between awaits".
QString ticksBudgetName();
QString instructionsBudgetName();
QString virtualTimeBudgetName();
QString settingsPath(const QString& budgetName);

}  // namespace loopstep
