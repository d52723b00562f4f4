#include "timeline_tickers.h"

#include <cmath>

namespace loopstep {

double LaneTicker::getTickStep(const QCPRange& range) { return std::max(1.0, std::ceil(range.size() / maxLabels_)); }

int LaneTicker::getSubTickCount(double) { return 0; }

QString LaneTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    const int lane = static_cast<int>(std::lround(tick));
    if (!model_ || lane < 0 || lane >= model_->laneCount()) return {};
    const TimelineLane& l = model_->lane(lane);
    QString title = l.title();
    if (title.size() <= kMaxTitleLength) return title;
    // Cut the label, keep the task's name: "place_order('custo… · Task-3".
    const QString tail = title.mid(l.label.size());
    const int room = std::max(8, kMaxTitleLength - static_cast<int>(tail.size()) - 1);
    return l.label.left(room) + QChar(0x2026) + tail;
}

QVector<double> LaneTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks;
    if (!model_) return ticks;
    const long step = std::max(1L, std::lround(tickStep));
    long first = static_cast<long>(std::ceil(range.lower));
    first = std::max(0L, (first + step - 1) / step * step);
    const long last = std::min<long>(model_->laneCount() - 1, static_cast<long>(std::floor(range.upper)));
    for (long lane = first; lane <= last; lane += step) ticks.append(static_cast<double>(lane));
    return ticks;
}

double TickColumnTicker::getTickStep(const QCPRange& range) {
    // A "nice" step (1, 2, 5, 10, …) but never less than one tick.
    return std::max(1.0, std::round(QCPAxisTicker::getTickStep(range)));
}

int TickColumnTicker::getSubTickCount(double) { return 0; }

QString TickColumnTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    return QStringLiteral("T%1").arg(static_cast<long long>(std::floor(tick)));
}

QVector<double> TickColumnTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks;
    const double step = std::max(1.0, tickStep);
    double first = std::ceil((range.lower - 0.5) / step) * step;
    first = std::max(first, 0.0);
    for (double t = first; t + 0.5 <= range.upper && ticks.size() < 10000; t += step) ticks.append(t + 0.5);
    return ticks;
}

}  // namespace loopstep
