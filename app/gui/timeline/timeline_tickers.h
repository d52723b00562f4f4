// Axis tickers of the timeline: lane titles on the value axis (thinned out so they never overlap),
// and "T0", "T1", … under the middle of each tick's column on the key axis in tick mode.
#pragma once

#include <qcustomplot.h>

#include <memory>

#include "timeline_model.h"

namespace loopstep {

class LaneTicker : public QCPAxisTicker {
public:
    void setModel(std::shared_ptr<const TimelineModel> model) { model_ = std::move(model); }
    // How many labels fit on the axis; the ticker skips lanes to stay within it.
    void setMaxLabels(int count) { maxLabels_ = std::max(1, count); }
    // Longer titles are cut with an ellipsis so one long call does not squeeze the plot.
    static constexpr int kMaxTitleLength = 40;

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

private:
    std::shared_ptr<const TimelineModel> model_;
    int maxLabels_ = 20;
};

class TickColumnTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
};

}  // namespace loopstep
