#include "widgets/export_image_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace loopstep {

ExportImageDialog::ExportImageDialog(const ImageExportSettings& settings, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export Timeline Image"));
    width_ = new QSpinBox(this);
    height_ = new QSpinBox(this);
    for (QSpinBox* box : {width_, height_}) {
        box->setRange(100, 10000);
        box->setSuffix(tr(" px"));
        box->setSingleStep(10);
    }
    width_->setValue(settings.width);
    height_->setValue(settings.height);
    scale_ = new QDoubleSpinBox(this);
    scale_->setRange(0.25, 4.0);
    scale_->setSingleStep(0.25);
    scale_->setSuffix(QStringLiteral(" \u00d7"));
    scale_->setValue(settings.scale);
    scale_->setToolTip(
        tr("PNG only: 2 \u00d7 doubles the pixels for sharp slides; SVG and PDF are vector images"));
    theme_ = new QComboBox(this);
    theme_->addItem(tr("Light background"));
    theme_->addItem(tr("Dark background"));
    theme_->setCurrentIndex(settings.dark ? 1 : 0);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Width:"), width_);
    form->addRow(tr("&Height:"), height_);
    form->addRow(tr("&Scale (PNG):"), scale_);
    form->addRow(tr("&Theme:"), theme_);
    auto* note =
        new QLabel(tr("The view as it is now (ticks and lanes in view), with the previous run if shown. "
                      "The file name picks the format: .png, .svg or .pdf."),
                   this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImageExportSettings ExportImageDialog::settings() const {
    return {width_->value(), height_->value(), scale_->value(), theme_->currentIndex() == 1};
}

}  // namespace loopstep
