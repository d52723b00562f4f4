// File → Export → Timeline Image: the image's size, scale (PNG pixels per unit) and theme.
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace loopstep {

struct ImageExportSettings {
    int width = 1280;
    int height = 400;
    double scale = 1.0;
    bool dark = false;
};

class ExportImageDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportImageDialog(const ImageExportSettings& settings, QWidget* parent = nullptr);
    ImageExportSettings settings() const;

private:
    QSpinBox* width_;
    QSpinBox* height_;
    QDoubleSpinBox* scale_;
    QComboBox* theme_;
};

}  // namespace loopstep
