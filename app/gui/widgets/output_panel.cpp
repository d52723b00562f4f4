#include "widgets/output_panel.h"

#include <QEvent>
#include <QFontDatabase>
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
    updateErrorColumns();  // the time column may have grown
    if (model_->rowCount() > 0) scrollTo(model_->index(model_->rowCount() - 1, 1));
}

void OutputPanel::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    updateErrorColumns();
}

// The error rows wrap to what the text column shows of a fixed-width font.
void OutputPanel::updateErrorColumns() {
    const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // (The time column may still grow to its content after this: leave a few characters spare.)
    const int width = viewport()->width() - columnWidth(OutputModel::TimeColumn) - 4 * metrics.averageCharWidth();
    model_->setErrorColumns(width / std::max(1, metrics.horizontalAdvance(QLatin1Char('m'))));
}

void OutputPanel::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) model_->setPalette(palette());
}

}  // namespace loopstep
