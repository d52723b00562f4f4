#include "widgets/output_panel.h"

#include <QEvent>
#include <QHeaderView>

#include "models/output_model.h"

namespace loopstep {

OutputPanel::OutputPanel(OutputModel* model, QWidget* parent) : QTableView(parent), model_(model) {
    setObjectName(QStringLiteral("outputView"));
    setModel(model_);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    horizontalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    model_->setPalette(palette());
}

void OutputPanel::followEnd() {
    if (model_->rowCount() > 0) scrollTo(model_->index(model_->rowCount() - 1, 1));
}

void OutputPanel::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) model_->setPalette(palette());
}

}  // namespace loopstep
