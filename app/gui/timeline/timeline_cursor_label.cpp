#include "timeline_cursor_label.h"

#include <algorithm>

namespace loopstep {

TimelineCursorLabel::TimelineCursorLabel(QCustomPlot* plot) : QCPItemText(plot) {
    setClipToAxisRect(false);  // it lies above the axis rect
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    setPadding(QMargins(5, 1, 5, 1));
}

void TimelineCursorLabel::setSpan(double start, double end) {
    start_ = start;
    end_ = end;
    position->setCoords((start + end) / 2, 0.0);
}

void TimelineCursorLabel::draw(QCPPainter* painter) {
    QCPAxis* keyAxis = position->keyAxis();
    QCPAxisRect* rect = position->axisRect();
    if (!keyAxis || !rect) return;
    const double left = rect->left();
    const double right = rect->right();
    const double centre = (keyAxis->coordToPixel(start_) + keyAxis->coordToPixel(end_)) / 2;
    // A cursor out of view says which way it lies.
    const QString text = QCPItemText::text();
    if (centre < left)
        setText(QStringLiteral("\u25c2 ") + text);
    else if (centre > right)
        setText(text + QStringLiteral(" \u25b8"));
    // Measured as QCPItemText measures it, on the device drawn to (an SVG's differs from a screen's).
    painter->setFont(mainFont());
    const QRect textRect = painter->fontMetrics().boundingRect(0, 0, 0, 0, Qt::TextDontClip | textAlignment(),
                                                               QCPItemText::text());
    const double width = textRect.width() + padding().left() + padding().right();
    double anchor = centre;
    Qt::Alignment horizontal = Qt::AlignHCenter;
    if (centre + width / 2 > right) {
        // Ends at the cursor instead, or at the edge when the cursor lies beyond it.
        anchor = std::min(centre, right);
        horizontal = Qt::AlignRight;
        if (anchor - width < left) {  // wider than the plot: keep its start in view
            anchor = left;
            horizontal = Qt::AlignLeft;
        }
    } else if (centre - width / 2 < left) {
        anchor = std::max(centre, left);
        horizontal = Qt::AlignLeft;
    }
    setPositionAlignment(horizontal | Qt::AlignBottom);
    position->setCoords(keyAxis->pixelToCoord(anchor), 0.0);
    const double x0 = horizontal == Qt::AlignRight  ? anchor - width
                      : horizontal == Qt::AlignLeft ? anchor
                                                    : anchor - width / 2;
    const double height = textRect.height() + padding().top() + padding().bottom();
    drawnRect_ = QRectF(x0, rect->top() - height, width, height);
    QCPItemText::draw(painter);
    // The next layout may change the axis: the anchor and the arrow are recomputed each time.
    position->setCoords((start_ + end_) / 2, 0.0);
    setText(text);
}

}  // namespace loopstep
