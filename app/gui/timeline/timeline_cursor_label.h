// The cursor's label ("T41  t=0.410") in the strip above the lanes. It sits centred over the
// cursor, and where that would cut it at the plot's edge it flips to the cursor's other side (at
// the right edge, it ends at the cursor); a cursor out of view keeps its label at the edge it lies
// beyond. Placed when drawn, once the plot is laid out at its final size, so exports get it right.
#pragma once

#include <qcustomplot.h>

namespace loopstep {

class TimelineCursorLabel : public QCPItemText {
    Q_OBJECT
public:
    explicit TimelineCursorLabel(QCustomPlot* plot);

    // The cursor's extent on the key axis.
    void setSpan(double start, double end);
    // Where the label was last drawn, in the plot's pixels (empty before the first draw).
    QRectF drawnRect() const { return drawnRect_; }

protected:
    void draw(QCPPainter* painter) override;

private:
    double start_ = 0.0;
    double end_ = 0.0;
    QRectF drawnRect_;
};

}  // namespace loopstep
