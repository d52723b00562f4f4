#include "widgets/step_controls.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace loopstep {

StepControls::StepControls(QWidget* parent)
    : QWidget(parent),
      slider_(new QSlider(Qt::Horizontal, this)),
      label_(new QLabel(this)),
      hint_(new QLabel(this)),
      speed_(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    slider_->setObjectName(QStringLiteral("tickSlider"));
    slider_->setMinimumWidth(180);
    slider_->setToolTip(tr("Jump to any tick"));
    slider_->setFocusPolicy(Qt::NoFocus);  // ←/→ belong to the step actions
    slider_->setPageStep(1);
    layout->addWidget(slider_, 1);
    label_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label_->setObjectName(QStringLiteral("tickPositionLabel"));
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance(tr("T0000 at L0000 of T0–T0000")));
    layout->addWidget(label_);
    // Shown until the learner first steps: on first start nothing else says what to do.
    hint_->setObjectName(QStringLiteral("stepHint"));
    hint_->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #4a3b00; border: 1px solid #e0c45c;"
                                        " border-radius: 4px; padding: 1px 6px; font-weight: bold; }"));
    hint_->hide();
    layout->addWidget(hint_);
    layout->addSpacing(8);
    auto* speedLabel = new QLabel(tr("Speed:"), this);
    layout->addWidget(speedLabel);
    for (double rate : {0.5, 1.0, 2.0, 4.0, 8.0, 20.0})
        speed_->addItem(rate < 1 ? tr("1 tick / 2 s") : rate == 1 ? tr("1 tick/s") : tr("%1 ticks/s").arg(rate), rate);
    speed_->setToolTip(tr("Playback speed"));
    speedLabel->setBuddy(speed_);
    layout->addWidget(speed_);
    connect(slider_, &QSlider::valueChanged, this, [this](int value) { emit tickRequested(value); });
    connect(speed_, &QComboBox::currentIndexChanged, this,
            [this] { emit speedChanged(speed_->currentData().toDouble()); });
}

void StepControls::setTickCount(long count) {
    count_ = count;
    const QSignalBlocker block(slider_);
    slider_->setRange(0, static_cast<int>(std::max(0L, count - 1)));
    slider_->setEnabled(count > 1);
}

void StepControls::setTick(long tick, int line) {
    {
        const QSignalBlocker block(slider_);
        slider_->setValue(static_cast<int>(std::max(0L, tick)));
    }
    // Ticks are named T0…Tn everywhere (the workshop's tables, the header, the status bar).
    const QString last = count_ > 1 ? tr("T0–T%1").arg(count_ - 1) : tr("T0");
    if (tick < 0) label_->setText(line > 0 ? tr("before T0, at L%1").arg(line) : tr("before T0"));
    else if (line > 0 && count_ == 1) label_->setText(tr("T0 at L%1 (one tick)").arg(line));
    else if (line > 0) label_->setText(tr("T%1 at L%2 of %3").arg(tick).arg(line).arg(last));
    else label_->setText(tr("T%1 of %2").arg(tick).arg(last));
}

void StepControls::setHint(const QString& hint) {
    hint_->setText(hint);
    hint_->setVisible(!hint.isEmpty());
}

QString StepControls::positionText() const { return label_->text(); }
QString StepControls::hint() const { return hint_->text(); }
bool StepControls::isHintShown() const { return !hint_->isHidden(); }

void StepControls::setTicksPerSecond(double rate) {
    const int index = speed_->findData(rate);
    speed_->setCurrentIndex(index >= 0 ? index : speed_->findData(2.0));
}

double StepControls::ticksPerSecond() const { return speed_->currentData().toDouble(); }

}  // namespace loopstep
