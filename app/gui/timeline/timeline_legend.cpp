#include "timeline_legend.h"

#include <QFontMetrics>

#include "timeline_model.h"

namespace loopstep {

namespace {

constexpr int kSwatchWidth = 22;
constexpr int kGap = 6;
constexpr int kItemGap = 16;

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
    int width = 0;
    for (TaskState s : states) width += kSwatchWidth + kGap + metrics.horizontalAdvance(timelineStateName(s)) + kItemGap;
    width -= kItemGap;
    int x = area.right() - width;

    painter->setPen(theme_.text);
    QFont bold = font_;
    bold.setBold(true);
    painter->setFont(bold);
    const int titleRoom = x - area.left() - kItemGap;
    QString title = QFontMetrics(bold).elidedText(title_, Qt::ElideMiddle, std::max(0, titleRoom));
    painter->drawText(QRect(area.left(), area.top(), std::max(0, titleRoom), area.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(title);
    painter->setFont(font_);
    if (!note_.isEmpty() && titleWidth + kItemGap < titleRoom) {
        painter->setPen(theme_.subtleText);
        const int noteX = area.left() + titleWidth + kItemGap;
        painter->drawText(QRect(noteX, area.top(), titleRoom - (noteX - area.left()), area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(note_, Qt::ElideRight, titleRoom - (noteX - area.left())));
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
}

}  // namespace loopstep
