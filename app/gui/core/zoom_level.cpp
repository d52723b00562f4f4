#include "core/zoom_level.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMenu>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace loopstep {

namespace {

QFont scaled(QFont font, double ratio) {
    // Fonts are in points unless something set pixels (QT_FONT_DPI changes points' pixels only).
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * ratio);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * ratio))));
    return font;
}

// A size that was `current` at `oldFactor`, at `newFactor`; what it was at 100 % is remembered in
// the object's property `name` the first time.
int atZoom(QObject* object, const char* name, int current, double oldFactor, double newFactor) {
    if (!object->property(name).isValid()) object->setProperty(name, current / oldFactor);
    return std::max(1, static_cast<int>(std::lround(object->property(name).toDouble() * newFactor)));
}

int depth(const QWidget* widget, const QWidget* root) {
    int d = 0;
    for (const QWidget* w = widget; w && w != root; w = w->parentWidget())
        ++d;
    return d;
}

}  // namespace

ZoomLevel::ZoomLevel(QWidget* root) : QObject(root), root_(root), baseFont_(root->font()) {}

const QList<int>& ZoomLevel::steps() {
    static const QList<int> percents{70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    return percents;
}

void ZoomLevel::zoomIn() {
    const auto next = std::upper_bound(steps().begin(), steps().end(), percent_);
    if (next != steps().end()) setPercent(*next);
}

void ZoomLevel::zoomOut() {
    const auto at = std::lower_bound(steps().begin(), steps().end(), percent_);
    if (at != steps().begin()) setPercent(*(at - 1));
}

void ZoomLevel::setPercent(int percent) {
    const int nearest = *std::min_element(steps().begin(), steps().end(), [percent](int a, int b) {
        return std::abs(a - percent) < std::abs(b - percent);
    });
    if (nearest == percent_ || !root_) return;
    const double ratio = static_cast<double>(nearest) / percent_;
    percent_ = nearest;
    rescale(ratio);
    emit changed(percent_);
}

void ZoomLevel::rescale(double ratio) {
    const QList<QWidget*> children = root_->findChildren<QWidget*>();
    // Docks float and menus pop up as windows of their own, which do not inherit the root's
    // font unless asked to.
    for (QWidget* w : children)
        if (qobject_cast<QDockWidget*>(w) || qobject_cast<QMenu*>(w))
            w->setAttribute(Qt::WA_WindowPropagation);

    // Widgets with a font of their own are scaled one by one, the innermost first: a widget's
    // font is read before any ancestor's change reaches it, so nothing is scaled twice.
    QList<QWidget*> ownFonts;
    for (QWidget* w : children)
        if (w->testAttribute(Qt::WA_SetFont)) ownFonts.append(w);
    std::stable_sort(ownFonts.begin(), ownFonts.end(),
                     [this](QWidget* a, QWidget* b) { return depth(a, root_) > depth(b, root_); });
    for (QWidget* w : ownFonts)
        w->setFont(scaled(w->font(), ratio));
    root_->setFont(scaled(baseFont_, factor()));

    // Rows of a fixed height were sized for the old text: they grow and shrink with it (a header's
    // minimum follows its font by itself). Their size at 100 % is kept on the header, so that
    // zooming back and forth does not drift by rounding.
    const double oldFactor = factor() / ratio;
    for (QHeaderView* header : root_->findChildren<QHeaderView*>()) {
        if (header->orientation() != Qt::Vertical) continue;
        if (header->sectionResizeMode(0) == QHeaderView::ResizeToContents && header->count() > 0) continue;
        header->setDefaultSectionSize(
            atZoom(header, "loopstepBaseDefaultSection", header->defaultSectionSize(), oldFactor, factor()));
    }
}

QFont monospaceFamilyFont() {
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont font;
    font.setFamilies(fixed.families().isEmpty() ? QStringList{fixed.family()} : fixed.families());
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

}  // namespace loopstep
