#include "classroom_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>

#include "core/theme.h"
#include "core/zoom_level.h"

namespace loopstep {

namespace {

// Presentation zooms in this far on a screen 1920 pixels wide (a projector at the back of a
// room), in proportion on a smaller one: a 960-pixel screen (QT_SCALE_FACTOR=2) is large enough.
constexpr int kPresentationZoom = 150;
constexpr int kPresentationScreenWidth = 1920;
// The docks a presentation keeps; the code view is the central widget and always stays.
const char* const kPresentedDocks[] = {"tickTableDock", "timelineDock"};

QAction* addAction(QMenu* menu, const QString& name, const QString& text, const QList<QKeySequence>& keys,
                   const QString& tip) {
    QAction* action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

}  // namespace

ClassroomActions::ClassroomActions(QMainWindow* window, QMenu* viewMenu)
    : QObject(window), window_(window), zoom_(new ZoomLevel(window)), theme_(new Theme(this)) {
    setObjectName(QStringLiteral("classroomActions"));
    viewMenu->addSeparator();
    // Ctrl+= is Ctrl++ without Shift on most keyboards; the keypad's plus works too.
    zoomIn_ = addAction(viewMenu, QStringLiteral("actionZoomIn"), tr("Zoom &In"),
                        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn},
                        tr("Larger text in every panel"));
    zoomOut_ = addAction(viewMenu, QStringLiteral("actionZoomOut"), tr("Zoom &Out"),
                         {QKeySequence(Qt::CTRL | Qt::Key_Minus)},  // QKeySequence::ZoomOut too
                         tr("Smaller text in every panel"));
    resetZoom_ = addAction(viewMenu, QStringLiteral("actionResetZoom"), tr("Reset &Zoom"),
                           {QKeySequence(Qt::CTRL | Qt::Key_0)}, tr("Text at its normal size"));
    connect(zoomIn_, &QAction::triggered, zoom_, &ZoomLevel::zoomIn);
    connect(zoomOut_, &QAction::triggered, zoom_, &ZoomLevel::zoomOut);
    connect(resetZoom_, &QAction::triggered, zoom_, &ZoomLevel::reset);
    connect(zoom_, &ZoomLevel::changed, this, [this](int percent) {
        updateZoomActions();
        if (!presentation_) QSettings().setValue(QStringLiteral("view/zoomPercent"), percent);
    });

    viewMenu->addSeparator();
    fullScreen_ = addAction(viewMenu, QStringLiteral("actionFullScreen"), tr("&Full Screen"),
                            {QKeySequence(Qt::Key_F11)}, tr("Use the whole screen (F11 again to leave)"));
    fullScreen_->setCheckable(true);
    connect(fullScreen_, &QAction::triggered, this, &ClassroomActions::setFullScreen);
    presentationAction_ = addAction(viewMenu, QStringLiteral("actionPresentation"), tr("&Presentation"),
                                    {QKeySequence(Qt::Key_F9)},
                                    tr("Only the code, the tick table and the timeline, large (again: the "
                                       "previous layout)"));
    presentationAction_->setCheckable(true);
    connect(presentationAction_, &QAction::triggered, this, &ClassroomActions::setPresentation);

    QMenu* themeMenu = viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    themes_ = new QActionGroup(this);
    const struct {
        ThemeChoice choice;
        QString name;
        QString text;
    } choices[] = {{ThemeChoice::System, QStringLiteral("actionThemeSystem"), tr("&System")},
                   {ThemeChoice::Light, QStringLiteral("actionThemeLight"), tr("&Light")},
                   {ThemeChoice::Dark, QStringLiteral("actionThemeDark"), tr("&Dark")}};
    for (const auto& c : choices) {
        QAction* action = themeMenu->addAction(c.text);
        action->setObjectName(c.name);
        action->setCheckable(true);
        action->setChecked(c.choice == ThemeChoice::System);
        action->setData(themeKey(c.choice));
        themes_->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = c.choice] { setTheme(choice); });
    }
    window_->installEventFilter(this);
    updateZoomActions();
}

void ClassroomActions::restoreSettings() {
    const QSettings settings;
    zoom_->setPercent(settings.value(QStringLiteral("view/zoomPercent"), 100).toInt());
    setTheme(themeFromKey(settings.value(QStringLiteral("view/theme")).toString()));
}

void ClassroomActions::setTheme(ThemeChoice choice) {
    theme_->apply(choice);
    for (QAction* action : themes_->actions())
        action->setChecked(action->data().toString() == themeKey(choice));
    QSettings().setValue(QStringLiteral("view/theme"), themeKey(choice));
}

void ClassroomActions::setFullScreen(bool on) {
    window_->setWindowState(on ? window_->windowState() | Qt::WindowFullScreen
                               : window_->windowState() & ~Qt::WindowFullScreen);
    fullScreen_->setChecked(on);
}

void ClassroomActions::setPresentation(bool on) {
    presentationAction_->setChecked(on);
    if (on == presentation_) return;
    presentation_ = on;
    if (!on) {
        // The text first: the docks' sizes were kept for it.
        zoom_->setPercent(zoomBeforePresentation_);
        window_->setCorner(Qt::BottomLeftCorner, bottomLeftBefore_);
        window_->setCorner(Qt::BottomRightCorner, bottomRightBefore_);
        window_->restoreState(layoutBeforePresentation_);
        return;
    }
    layoutBeforePresentation_ = window_->saveState();
    zoomBeforePresentation_ = zoom_->percent();
    bottomLeftBefore_ = window_->corner(Qt::BottomLeftCorner);
    bottomRightBefore_ = window_->corner(Qt::BottomRightCorner);
    QDockWidget* table = window_->findChild<QDockWidget*>(QLatin1String(kPresentedDocks[0]));
    QDockWidget* timeline = window_->findChild<QDockWidget*>(QLatin1String(kPresentedDocks[1]));
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>()) {
        if (dock == table || dock == timeline) continue;
        dock->hide();
    }
    // The table beside the code, the timeline under both: the three parts the class looks at.
    if (table) {
        table->setFloating(false);
        table->show();
        window_->addDockWidget(Qt::RightDockWidgetArea, table);
    }
    if (timeline) {
        timeline->setFloating(false);
        timeline->show();
        window_->addDockWidget(Qt::BottomDockWidgetArea, timeline);
    }
    window_->setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    window_->setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    if (table) window_->resizeDocks({table}, {window_->width() * 42 / 100}, Qt::Horizontal);
    if (timeline) window_->resizeDocks({timeline}, {window_->height() * 36 / 100}, Qt::Vertical);
    const QScreen* screen = window_->screen();
    const int screenWidth = screen ? screen->availableGeometry().width() : kPresentationScreenWidth;
    const int target =
        kPresentationZoom * std::min(screenWidth, kPresentationScreenWidth) / kPresentationScreenWidth;
    if (target > zoom_->percent()) zoom_->setPercent(target);
}

bool ClassroomActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_) {
        if (event->type() == QEvent::WindowStateChange)
            fullScreen_->setChecked(window_->windowState() & Qt::WindowFullScreen);
        // The window keeps its layout when it closes: keep the learner's, not the presentation.
        if (event->type() == QEvent::Close && presentation_) setPresentation(false);
    }
    return QObject::eventFilter(watched, event);
}

void ClassroomActions::updateZoomActions() {
    zoomIn_->setEnabled(zoom_->canZoomIn());
    zoomOut_->setEnabled(zoom_->canZoomOut());
    resetZoom_->setEnabled(zoom_->percent() != 100);
    resetZoom_->setText(tr("Reset &Zoom (now %1%)").arg(zoom_->percent()));
}

}  // namespace loopstep
