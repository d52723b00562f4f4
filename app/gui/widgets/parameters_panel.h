// The Parameters dock: the lesson's variants one click away, then a spin box and a slider for
// each number of the ParametersModel. Moving either edits the model (which re-runs the program).
#pragma once

#include <QList>
#include <QWidget>

#include "models/slider_scale.h"

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;
class QToolButton;

namespace loopstep {

class ParametersModel;

class ParametersPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParametersPanel(ParametersModel* model, QWidget* parent = nullptr);

    // The lesson's variants ("as written" first); index -1 is the program as written.
    void setVariants(const QStringList& names, int current);
    QDoubleSpinBox* spinBox(int row) const;
    QSlider* slider(int row) const;

signals:
    void variantRequested(int index);
    void resetRequested();

private:
    struct Row {
        QLabel* name;
        QDoubleSpinBox* spin;
        QSlider* slider;
        SliderScale scale;  // positions ↔ values, fixed while the slider is dragged
        bool scaled = false;
    };
    void rebuild();
    void refreshValues();
    void edit(int row, double value);

    ParametersModel* model_;
    QComboBox* variants_;
    QLabel* variantsLabel_;
    QToolButton* reset_;
    QGridLayout* grid_;
    QWidget* rowsWidget_;
    QLabel* empty_;
    QList<Row> rows_;
};

}  // namespace loopstep
