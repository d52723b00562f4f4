#include "models/task_palette.h"

#include <array>

namespace loopstep {

QColor taskColor(int taskId) {
    // Hues far apart in order, so neighbouring task ids never look alike.
    static const std::array<QColor, 10> colors = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
        QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf), QColor(0xe3, 0x77, 0xc2), QColor(0x8c, 0x56, 0x4b),
        QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79)};
    if (taskId <= 0) return QColor(0x7f, 0x7f, 0x7f);  // <module>
    return colors[static_cast<size_t>(taskId - 1) % colors.size()];
}

QColor stateColor(TaskState state) {
    switch (state) {
        // The timeline's colours (Okabe–Ito: distinguishable with colour-blindness).
        case TaskState::Running: return QColor(0xd5, 0x5e, 0x00);
        case TaskState::Ready: return QColor(0xe6, 0x9f, 0x00);
        case TaskState::Busy: return QColor(0x56, 0xb4, 0xe9);
        case TaskState::Done: return QColor(0x9a, 0x9f, 0xa6);
    }
    return QColor(Qt::gray);
}

QColor tintOver(const QColor& color, const QPalette& palette, double strength) {
    const QColor base = palette.color(QPalette::Base);
    auto mix = [strength](int a, int b) { return static_cast<int>(a * (1.0 - strength) + b * strength); };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()), mix(base.blue(), color.blue()));
}

bool isDarkPalette(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

}  // namespace loopstep
