#include "widgets/state_legend.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

#include "models/task_palette.h"

namespace loopstep {

StateLegend::StateLegend(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    rebuild();
}

void StateLegend::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) rebuild();
}

void StateLegend::rebuild() {
    QLayout* layout = this->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const struct {
        TaskState state;
        QString text;
        QString tip;
    } entries[] = {
        {TaskState::Running, tr("running"), tr("The task whose step runs now (mid-tick, stepping by line)")},
        {TaskState::Ready, tr("ready"), tr("Its step is queued: it runs when its turn in the ready queue comes")},
        {TaskState::Busy, tr("busy"), tr("Waiting, and on what: a sleep, another task, a queue, a lock, an event…")},
        {TaskState::Done, tr("done"), tr("Returned, raised or cancelled")},
    };
    const int side = fontMetrics().height() - 4;
    for (const auto& e : entries) {
        QPixmap swatch(side, side);
        swatch.fill(tintOver(stateColor(e.state), palette()));
        auto* icon = new QLabel(this);
        icon->setPixmap(swatch);
        auto* text = new QLabel(e.text, this);
        icon->setToolTip(e.tip);
        text->setToolTip(e.tip);
        static_cast<QHBoxLayout*>(layout)->addWidget(icon);
        static_cast<QHBoxLayout*>(layout)->addWidget(text);
        static_cast<QHBoxLayout*>(layout)->addSpacing(8);
    }
    auto* bold = new QLabel(tr("<b>bold</b>: changed this tick"), this);
    static_cast<QHBoxLayout*>(layout)->addWidget(bold);
    static_cast<QHBoxLayout*>(layout)->addStretch();
}

}  // namespace loopstep
