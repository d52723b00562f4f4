#include "widgets/tick_table_panel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/tick_table_model.h"
#include "widgets/state_legend.h"

namespace loopstep {

TickTablePanel::TickTablePanel(TickTableModel* model, QWidget* parent)
    : QWidget(parent), model_(model), header_(new QLabel(this)), view_(new QTableView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(4);
    header_->setObjectName(QStringLiteral("tickHeader"));
    header_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header_->setWordWrap(true);
    layout->addWidget(header_);
    view_->setObjectName(QStringLiteral("tickTable"));
    view_->setModel(model_);
    view_->setSelectionMode(QAbstractItemView::NoSelection);
    view_->setFocusPolicy(Qt::NoFocus);
    view_->verticalHeader()->hide();
    view_->setShowGrid(false);
    view_->setWordWrap(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setStretchLastSection(true);
    // Labels are already short (what tasks share is elided, models/task_labels.h): cutting their
    // middle again would make `worker('alpha', …)` and `worker('beta', …)` read the same.
    view_->setTextElideMode(Qt::ElideNone);
    view_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(view_, 1);
    layout->addWidget(new StateLegend(this));
    model_->setPalette(palette());
}

void TickTablePanel::refresh() {
    header_->setText(model_->header());
    header_->setToolTip(model_->header());
    // Every column as wide as its content; the table scrolls sideways rather than cut a label.
    view_->resizeColumnsToContents();
}

void TickTablePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    refresh();
}

void TickTablePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) model_->setPalette(palette());
}

}  // namespace loopstep
