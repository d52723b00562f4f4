// The classroom zoom: one factor for the text of a whole window — code, tables, output, timeline,
// dock titles, menus — so that everything grows together and stays in proportion. Widgets keep
// their own fonts (a fixed-pitch code view, a bold row): each is scaled by the same factor.
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>

class QWidget;

namespace loopstep {

class ZoomLevel : public QObject {
    Q_OBJECT

public:
    // Zooms `root` and everything in it; 100 % is the font the root has now.
    explicit ZoomLevel(QWidget* root);

    // The steps Zoom In and Zoom Out walk through, in percent.
    static const QList<int>& steps();
    int percent() const { return percent_; }
    double factor() const { return percent_ / 100.0; }
    bool canZoomIn() const { return percent_ < steps().last(); }
    bool canZoomOut() const { return percent_ > steps().first(); }

    void zoomIn();
    void zoomOut();
    void reset() { setPercent(100); }
    // Snaps to the nearest step.
    void setPercent(int percent);

signals:
    void changed(int percent);

private:
    void rescale(double ratio);

    QPointer<QWidget> root_;
    QFont baseFont_;
    int percent_ = 100;
};

// A fixed-pitch font that sets only its family: a widget (or a model's Qt::FontRole) given it
// takes the size from its parent or view, and so follows the zoom.
QFont monospaceFamilyFont();

}  // namespace loopstep
