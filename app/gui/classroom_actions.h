// View menu for a classroom: zoom every panel together (Ctrl+=, Ctrl+−, Ctrl+0), full screen
// (F11), a presentation layout (F9: the code, the tick table and the timeline, large) and the
// theme (System / Light / Dark). Zoom and theme are kept with QSettings.
#pragma once

#include <QByteArray>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace loopstep {

class Theme;
class ZoomLevel;
enum class ThemeChoice;

class ClassroomActions : public QObject {
    Q_OBJECT

public:
    // Adds the actions to `viewMenu`; the window's docks are found by their object names.
    ClassroomActions(QMainWindow* window, QMenu* viewMenu);

    ZoomLevel* zoom() const { return zoom_; }
    Theme* theme() const { return theme_; }

    // Brings back the zoom and theme of the last session (once the window is complete, so that
    // every panel is zoomed).
    void restoreSettings();

    bool isPresentation() const { return presentation_; }
    void setPresentation(bool on);
    void setFullScreen(bool on);
    void setTheme(ThemeChoice choice);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateZoomActions();

    QMainWindow* window_;
    ZoomLevel* zoom_;
    Theme* theme_;
    QAction* zoomIn_;
    QAction* zoomOut_;
    QAction* resetZoom_;
    QAction* fullScreen_;
    QAction* presentationAction_;
    QActionGroup* themes_;
    bool presentation_ = false;
    QByteArray layoutBeforePresentation_;
    Qt::DockWidgetArea bottomLeftBefore_ = Qt::LeftDockWidgetArea;
    Qt::DockWidgetArea bottomRightBefore_ = Qt::RightDockWidgetArea;
    int zoomBeforePresentation_ = 100;
};

}  // namespace loopstep
