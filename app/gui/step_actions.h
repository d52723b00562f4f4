// The stepping actions (menu Go and the toolbar) with their icons, shortcuts and tooltips.
#pragma once

#include <QObject>

class QAction;

namespace loopstep {

struct StepActions {
    QAction* first = nullptr;
    QAction* back = nullptr;
    QAction* forward = nullptr;
    QAction* last = nullptr;
    QAction* lineBack = nullptr;
    QAction* lineForward = nullptr;
    QAction* playPause = nullptr;

    static StepActions create(QObject* parent);
    // Play ↔ pause look.
    void showPlaying(bool playing) const;
};

}  // namespace loopstep
