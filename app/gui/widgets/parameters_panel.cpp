#include "widgets/parameters_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

#include "models/parameters_model.h"
#include "models/slider_scale.h"

namespace loopstep {

namespace {

SliderScale scaleOf(const QModelIndex& index) {
    return SliderScale::make(index.data(Qt::EditRole).toDouble(), index.data(ParametersModel::MinimumRole).toDouble(),
                             index.data(ParametersModel::MaximumRole).toDouble(),
                             index.data(ParametersModel::StepRole).toDouble(),
                             index.data(ParametersModel::IsIntRole).toBool(),
                             index.data(ParametersModel::LogarithmicRole).toBool());
}

}  // namespace

ParametersPanel::ParametersPanel(ParametersModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("parametersPanel"));
    auto* top = new QHBoxLayout;
    variantsLabel_ = new QLabel(tr("Variant:"), this);
    variants_ = new QComboBox(this);
    variants_->setObjectName(QStringLiteral("variantBox"));
    variants_->setToolTip(
        tr("Run one of the lesson's variants; the timeline shows the original run faintly behind"));
    variantsLabel_->setBuddy(variants_);
    reset_ = new QToolButton(this);
    reset_->setText(tr("Reset"));
    reset_->setToolTip(tr("Back to the program as written (undo with Ctrl+Z)"));
    top->addWidget(variantsLabel_);
    top->addWidget(variants_, 1);
    top->addWidget(reset_);

    rowsWidget_ = new QWidget;
    grid_ = new QGridLayout(rowsWidget_);
    grid_->setContentsMargins(4, 4, 4, 4);
    grid_->setColumnStretch(0, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // names wrap instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rowsWidget_);
    empty_ = new QLabel(tr("No delays in this program."), this);
    empty_->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(empty_);
    layout->addWidget(scroll, 1);

    connect(variants_, &QComboBox::activated, this, [this](int index) { emit variantRequested(index - 1); });
    connect(reset_, &QToolButton::clicked, this, &ParametersPanel::resetRequested);
    connect(model_, &QAbstractItemModel::modelReset, this, &ParametersPanel::rebuild);
    connect(model_, &QAbstractItemModel::dataChanged, this, &ParametersPanel::refreshValues);
    setVariants({}, -1);
    rebuild();
}

void ParametersPanel::setVariants(const QStringList& names, int current) {
    const QSignalBlocker blocker(variants_);
    variants_->clear();
    variants_->addItem(tr("as written"));
    variants_->addItems(names);
    variants_->setCurrentIndex(current + 1);
    variants_->setVisible(!names.isEmpty());
    variantsLabel_->setVisible(!names.isEmpty());
}

QDoubleSpinBox* ParametersPanel::spinBox(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].spin : nullptr;
}
QSlider* ParametersPanel::slider(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].slider : nullptr;
}

void ParametersPanel::rebuild() {
    for (const Row& row : rows_) {
        delete row.name;
        delete row.spin;
        delete row.slider;
    }
    rows_.clear();
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QModelIndex value = model_->index(r, ParametersModel::ValueColumn);
        Row row;
        row.name = new QLabel(model_->index(r, ParametersModel::NameColumn).data().toString(), rowsWidget_);
        row.name->setToolTip(value.data(Qt::ToolTipRole).toString());
        row.name->setWordWrap(true);
        row.spin = new QDoubleSpinBox(rowsWidget_);
        row.spin->setObjectName(QStringLiteral("parameterSpin%1").arg(r));
        row.spin->setKeyboardTracking(false);
        row.spin->setAccelerated(true);
        row.slider = new QSlider(Qt::Horizontal, rowsWidget_);
        row.slider->setObjectName(QStringLiteral("parameterSlider%1").arg(r));
        row.name->setBuddy(row.spin);
        row.slider->setMinimumWidth(8 * row.slider->fontMetrics().averageCharWidth());
        // The slider gets the dock's whole width on a row of its own: beside the name and the box
        // it was squeezed to a sliver, too short to set a value by hand (worse with large text).
        grid_->addWidget(row.name, 2 * r, 0);
        grid_->addWidget(row.spin, 2 * r, 1);
        grid_->addWidget(row.slider, 2 * r + 1, 0, 1, grid_->columnCount());
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, r](double v) { edit(r, v); });
        connect(row.slider, &QSlider::valueChanged, this,
                [this, r](int position) { edit(r, rows_[r].scale.valueAt(position)); });
        rows_.append(row);
    }
    empty_->setVisible(rows_.size() <= 1);  // the seed alone
    refreshValues();
}

void ParametersPanel::refreshValues() {
    for (int r = 0; r < rows_.size() && r < model_->rowCount(); ++r) {
        const QModelIndex index = model_->index(r, ParametersModel::ValueColumn);
        Row& row = rows_[r];
        const QSignalBlocker spinBlocker(row.spin);
        const QSignalBlocker sliderBlocker(row.slider);
        const bool isInt = index.data(ParametersModel::IsIntRole).toBool();
        const double min = index.data(ParametersModel::MinimumRole).toDouble();
        const double max = index.data(ParametersModel::MaximumRole).toDouble();
        const double value = index.data(Qt::EditRole).toDouble();
        row.spin->setDecimals(isInt ? 0 : 3);
        row.spin->setRange(min, max);
        row.spin->setSingleStep(index.data(ParametersModel::StepRole).toDouble());
        const QString unit = index.data(ParametersModel::UnitRole).toString();
        row.spin->setSuffix(unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        row.spin->setValue(value);
        // A logarithmic scale is centred on the value once, and again only when the value leaves
        // it (typed in the box): the handle stays where the learner let go of it.
        const bool outside = value > row.scale.high() || (value < row.scale.low() && value > 0.0);
        if (!row.slider->isSliderDown() && (!row.scaled || !row.scale.isLogarithmic() || outside)) {
            row.scale = scaleOf(index);
            row.scaled = true;
            row.slider->setRange(0, row.scale.positions());
            row.slider->setToolTip(row.scale.isLogarithmic()
                                       ? tr("Drag: %1 to %2 (a logarithmic scale around the value); the box "
                                            "takes any value")
                                             .arg(parameterValueText(model_->parameters()[r], row.scale.low()),
                                                  parameterValueText(model_->parameters()[r], row.scale.high()))
                                       : QString());
        }
        if (!row.slider->isSliderDown()) row.slider->setValue(row.scale.positionOf(value));
        QFont font = row.name->font();
        font.setBold(index.data(ParametersModel::ChangedRole).toBool());
        row.name->setFont(font);
        row.name->setToolTip(index.data(Qt::ToolTipRole).toString());
    }
}

void ParametersPanel::edit(int row, double value) {
    model_->setData(model_->index(row, ParametersModel::ValueColumn), value);
}

}  // namespace loopstep
