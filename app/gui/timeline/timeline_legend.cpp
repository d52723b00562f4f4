#include "timeline_legend.h"

#include <QFontMetrics>

#include "timeline_model.h"

namespace loopstep {

namespace {

constexpr int kSwatchWidth = 22;
constexpr int kGap = 6;
constexpr int kItemGap = 16;
constexpr int kStepSwatchWidth = 9;

}  // namespace

TimelineLegend::TimelineLegend(QCustomPlot* plot) : QCPLayoutElement(plot) {
    setMargins(QMargins(8, 6, 12, 2));
}

QSize TimelineLegend::minimumOuterSizeHint() const {
    QFontMetrics metrics(font_);
    return QSize(0, metrics.height() + 6 + mMargins.top() + mMargins.bottom());
}

void TimelineLegend::draw(QCPPainter* painter) {
    const QRect area = mRect;
    painter->setFont(font_);
    QFontMetrics metrics(font_);
    const int lineHeight = metrics.height();
    const double centre = area.top() + area.height() / 2.0;

    const TaskState states[] = {TaskState::Running, TaskState::Ready, TaskState::Busy, TaskState::Done};
    const QString stepName = tr("step");
    int width = 0;
    for (TaskState s : states) width += kSwatchWidth + kGap + metrics.horizontalAdvance(timelineStateName(s)) + kItemGap;
    if (showSteps_) width += kStepSwatchWidth + kGap + metrics.horizontalAdvance(stepName) + kItemGap;
    if (!ghostLabel_.isEmpty()) width += kSwatchWidth + kGap + metrics.horizontalAdvance(ghostLabel_) + kItemGap;
    width -= kItemGap;
    int x = area.right() - width;

    painter->setPen(theme_.text);
    QFont bold = font_;
    bold.setBold(true);
    painter->setFont(bold);
    const int titleRoom = x - area.left() - kItemGap;
    // Too narrow for a readable title: none rather than an ellipsis.
    const QString title = titleRoom < QFontMetrics(bold).horizontalAdvance(QStringLiteral("0000000.py"))
                              ? QString()
                              : QFontMetrics(bold).elidedText(title_, Qt::ElideMiddle, std::max(0, titleRoom));
    painter->drawText(QRect(area.left(), area.top(), std::max(0, titleRoom), area.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(title);
    painter->setFont(font_);
    if (!note_.isEmpty() && !title.isEmpty() && titleWidth + kItemGap < titleRoom) {
        painter->setPen(theme_.subtleText);
        const int noteX = area.left() + titleWidth + kItemGap;
        painter->drawText(QRect(noteX, area.top(), titleRoom - (noteX - area.left()), area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(note_, Qt::ElideRight, titleRoom - (noteX - area.left())));
    }

    if (!ghostLabel_.isEmpty()) {
        // Drawn as the ghost plottable draws a busy bar: faint fill, dashed edge.
        QColor edge = theme_.subtleText;
        QColor fill = edge;
        fill.setAlpha(60);
        painter->setPen(QPen(edge, 1, Qt::DashLine));
        painter->setBrush(fill);
        const double h = lineHeight * 0.8;
        painter->drawRect(QRectF(x + 0.5, centre - h / 2, kSwatchWidth - 1, h));
        x += kSwatchWidth + kGap;
        painter->setPen(theme_.text);
        painter->drawText(QRect(x, area.top(), metrics.horizontalAdvance(ghostLabel_) + 2, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, ghostLabel_);
        x += metrics.horizontalAdvance(ghostLabel_) + kItemGap;
    }
    for (TaskState s : states) {
        const double h = lineHeight * TimelineTheme::barFraction(s) + 1;
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme_.state(s));
        painter->drawRect(QRectF(x, centre - h / 2, kSwatchWidth, h));
        x += kSwatchWidth + kGap;
        const QString name = timelineStateName(s);
        painter->setPen(theme_.text);
        painter->drawText(QRect(x, area.top(), metrics.horizontalAdvance(name) + 2, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + kItemGap;
    }
    if (showSteps_) {
        // As the plottable draws a step: a one-pixel line, with notches along the upper edge.
        const double h = lineHeight * TimelineTheme::barFraction(TaskState::Running) + 1;
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme_.running);
        painter->drawRect(QRectF(x + kStepSwatchWidth / 2, centre - h / 2, 1, h));
        for (int notch = 0; notch < kStepSwatchWidth; notch += 2)
            painter->drawRect(QRectF(x + notch, centre - h / 2 - 3, 1, 2));
        x += kStepSwatchWidth + kGap;
        painter->setPen(theme_.text);
        painter->drawText(QRect(x, area.top(), metrics.horizontalAdvance(stepName) + 2, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, stepName);
    }
}

}  // namespace loopstep
