#include "timeline_theme.h"

namespace loopstep {

QColor TimelineTheme::state(TaskState s) const {
    switch (s) {
        case TaskState::Running: return running;
        case TaskState::Ready: return ready;
        case TaskState::Busy: return busy;
        case TaskState::Done: return done;
    }
    return done;
}

double TimelineTheme::barFraction(TaskState s) {
    switch (s) {
        case TaskState::Running: return 0.78;
        case TaskState::Ready: return 0.78;
        case TaskState::Busy: return 0.5;
        case TaskState::Done: return 0.18;
    }
    return 0.5;
}

TimelineTheme TimelineTheme::light() {
    TimelineTheme t;
    t.dark = false;
    t.background = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x22, 0x24, 0x28);
    t.subtleText = QColor(0x55, 0x5a, 0x62);
    t.axis = QColor(0x8a, 0x8f, 0x98);
    t.grid = QColor(0xe3, 0xe5, 0xe9);
    t.laneStripe = QColor(0xf4, 0xf5, 0xf7);
    t.cursor = QColor(0xa4, 0x1e, 0x6e);
    t.cursorBand = QColor(0xcc, 0x79, 0xa7, 70);
    t.running = QColor(0xd5, 0x5e, 0x00);  // vermillion
    t.ready = QColor(0xe6, 0x9f, 0x00);    // orange
    t.busy = QColor(0x56, 0xb4, 0xe9);     // sky blue
    t.done = QColor(0x9a, 0x9f, 0xa6);     // grey
    return t;
}

TimelineTheme TimelineTheme::darkTheme() {
    TimelineTheme t;
    t.dark = true;
    t.background = QColor(0x1e, 0x20, 0x24);
    t.text = QColor(0xe2, 0xe4, 0xe8);
    t.subtleText = QColor(0xa8, 0xad, 0xb5);
    t.axis = QColor(0x6c, 0x71, 0x7a);
    t.grid = QColor(0x32, 0x35, 0x3b);
    t.laneStripe = QColor(0x26, 0x29, 0x2e);
    t.cursor = QColor(0xf0, 0x8c, 0xc8);
    t.cursorBand = QColor(0xcc, 0x79, 0xa7, 70);
    t.running = QColor(0xf0, 0x73, 0x1e);
    t.ready = QColor(0xf2, 0xb7, 0x2e);
    t.busy = QColor(0x4a, 0xa3, 0xdb);
    t.done = QColor(0x70, 0x76, 0x7e);
    return t;
}

TimelineTheme TimelineTheme::forPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128 ? darkTheme() : light();
}

}  // namespace loopstep
