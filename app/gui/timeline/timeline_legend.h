// The strip above the timeline: a title on the left (the program), the state legend on the right —
// each state's colour at its bar height, as the lanes draw it, and the mark of a step that takes no
// virtual time (a line through the lane, notches along its upper edge where steps are dense).
#pragma once

#include <qcustomplot.h>

#include "timeline_theme.h"

namespace loopstep {

class TimelineLegend : public QCPLayoutElement {
    Q_OBJECT
public:
    explicit TimelineLegend(QCustomPlot* plot);

    void setTheme(const TimelineTheme& theme) { theme_ = theme; }
    void setTitle(const QString& title) { title_ = title; }
    void setFont(const QFont& font) { font_ = font; }
    // A short note after the title, e.g. the axis in use or how the run ended.
    void setNote(const QString& note) { note_ = note; }
    // Names the run drawn faintly behind ("previous run"); empty when there is none.
    void setGhostLabel(const QString& label) { ghostLabel_ = label; }
    // Whether the lanes mark steps that take no time (the seconds axis): then the legend shows
    // the mark too.
    void setShowSteps(bool show) { showSteps_ = show; }

    QSize minimumOuterSizeHint() const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    TimelineTheme theme_ = TimelineTheme::light();
    QString title_;
    QString note_;
    QString ghostLabel_;
    bool showSteps_ = true;
    QFont font_;
};

}  // namespace loopstep
