// MainWindow's frame: docks, menus, toolbar, the About box and what QSettings keeps.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QWhatsThis>

#include "classroom_actions.h"
#include "core/playhead.h"
#include "core/recent_files.h"
#include "core/session.h"
#include "main_window.h"
#include "widgets/lessons_panel.h"
#include "widgets/loop_internals_panel.h"
#include "widgets/output_panel.h"
#include "widgets/parameters_panel.h"
#include "widgets/code_view.h"
#include "widgets/handbook_window.h"
#include "widgets/step_controls.h"
#include "widgets/tick_table_panel.h"
#include "widgets/whats_this_help.h"

#include "timeline/timeline_widget.h"

namespace loopstep {

namespace {
// Bump when the docks change, so an old saved layout is not applied to a different set.
constexpr int kLayoutVersion = 2;
}  // namespace

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    docks_.append(dock);
    return dock;
}

void MainWindow::createDocks() {
    lessonsPanel_ = new LessonsPanel(lessons_, this);
    tickPanel_ = new TickTablePanel(tickModel_, this);
    outputPanel_ = new OutputPanel(outputModel_, this);
    notes_ = new QTextBrowser(this);
    notes_->setObjectName(QStringLiteral("notesView"));
    notes_->setOpenLinks(false);
    timeline_ = new TimelineWidget(this);
    timeline_->setObjectName(QStringLiteral("timeline"));
    connect(timeline_, &TimelineWidget::tickClicked, playhead_, [this](int tick) { playhead_->goToTick(tick); });
    addDock(lessonsPanel_, tr("Lessons"), QStringLiteral("lessonsDock"), Qt::LeftDockWidgetArea);
    parametersPanel_ = new ParametersPanel(parametersModel_, this);
    addDock(parametersPanel_, tr("Parameters"), QStringLiteral("parametersDock"), Qt::LeftDockWidgetArea);
    addDock(notes_, tr("Lesson Notes"), QStringLiteral("notesDock"), Qt::LeftDockWidgetArea);
    addDock(tickPanel_, tr("Tick Table"), QStringLiteral("tickTableDock"), Qt::RightDockWidgetArea);
    addDock(new LoopInternalsPanel(readyModel_, timerModel_, this), tr("Loop Internals"), QStringLiteral("loopDock"),
            Qt::RightDockWidgetArea);
    addDock(timeline_, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    addDock(outputPanel_, tr("Output"), QStringLiteral("outputDock"), Qt::BottomDockWidgetArea);
    applyDefaultLayout();
    installWhatsThisHelp(this);
}

// Lessons and notes on the left, the T-table and the loop on the right, timeline and output
// side by side under the code.
void MainWindow::applyDefaultLayout() {
    auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    for (QDockWidget* d : docks_) {
        d->setFloating(false);
        d->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, dock("lessonsDock"));
    splitDockWidget(dock("lessonsDock"), dock("parametersDock"), Qt::Vertical);
    splitDockWidget(dock("parametersDock"), dock("notesDock"), Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, dock("tickTableDock"));
    splitDockWidget(dock("tickTableDock"), dock("outputDock"), Qt::Vertical);
    splitDockWidget(dock("outputDock"), dock("loopDock"), Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, dock("timelineDock"));
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Widths in characters, so that large text (zoom, QT_FONT_DPI) widens the panels with it, but
    // on a narrow window (QT_SCALE_FACTOR=2 leaves 960 pixels of a 1920 screen) a share of it, so
    // the code keeps a third of the width.
    const int character = fontMetrics().averageCharWidth();
    const QScreen* screen = QGuiApplication::primaryScreen();
    const int windowWidth = isVisible() || !screen ? width() : std::min(1280, screen->availableGeometry().width());
    const int left = std::min(std::max(240, 34 * character), windowWidth * 22 / 100);
    const int right = std::min(std::max(545, 78 * character), windowWidth * 43 / 100);
    resizeDocks({dock("lessonsDock"), dock("tickTableDock")}, {left, right}, Qt::Horizontal);
    resizeDocks({dock("lessonsDock"), dock("parametersDock"), dock("notesDock")}, {150, 170, 390}, Qt::Vertical);
    resizeDocks({dock("tickTableDock"), dock("outputDock"), dock("loopDock")}, {250, 250, 210}, Qt::Vertical);
    resizeDocks({dock("timelineDock")}, {270}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon(QStringLiteral(":/icons/document-open.svg")), tr("&Open…"), this,
                                    &MainWindow::openFileDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a Python program (Ctrl+O)"));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    QAction* reload = file->addAction(tr("Run &Again"), session_, &Session::rerun);
    reload->setShortcut(QKeySequence::Refresh);
    stopAction_ = file->addAction(QIcon(QStringLiteral(":/icons/process-stop.svg")), tr("S&top Run"), session_, &Session::stopRun);
    stopAction_->setObjectName(QStringLiteral("actionStop"));
    stopAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    stopAction_->setToolTip(tr("Stop the program that is running and show what it did so far (Ctrl+.)"));
    stopAction_->setEnabled(false);
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setObjectName(QStringLiteral("actionSave"));
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setObjectName(QStringLiteral("actionSaveAs"));
    // QKeySequence::SaveAs is empty in the Windows and generic X11 key schemes.
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    createExportMenu(file);
    file->addSeparator();
    QAction* quit = file->addAction(QIcon(QStringLiteral(":/icons/application-exit.svg")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = session_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = session_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addActions({undo, redo});
    edit->addSeparator();
    editCodeAction_ = edit->addAction(tr("&Edit Code"));
    editCodeAction_->setObjectName(QStringLiteral("actionEditCode"));
    editCodeAction_->setCheckable(true);
    editCodeAction_->setShortcut(Qt::CTRL | Qt::Key_E);
    editCodeAction_->setToolTip(tr("Type in the code view; the program runs again when you pause (Ctrl+E)"));
    connect(editCodeAction_, &QAction::toggled, this, &MainWindow::setCodeEditing);
    edit->addAction(tr("Back to the Program as &Written"), session_, &Session::restoreOriginal);

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : docks_) viewMenu_->addAction(d->toggleViewAction());
    viewMenu_->addSeparator();
    ghostAction_ = viewMenu_->addAction(tr("Show the &Previous Run Behind"));
    ghostAction_->setObjectName(QStringLiteral("actionShowPreviousRun"));
    ghostAction_->setCheckable(true);
    ghostAction_->setChecked(true);
    ghostAction_->setToolTip(tr("After an edit, the timeline shows the run before it faintly behind the new one"));
    connect(ghostAction_, &QAction::toggled, this, [this](bool on) {
        if (!on) timeline_->setGhostModel(nullptr);
        timeline_->replotNow();
    });
    viewMenu_->addAction(tr("&Reset Layout"), this, &MainWindow::applyDefaultLayout);
    new ClassroomActions(this, viewMenu_);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addActions({actions_.first, actions_.back, actions_.forward, actions_.last});
    go->addSeparator();
    go->addActions({actions_.lineBack, actions_.lineForward});
    go->addSeparator();
    go->addAction(actions_.playPause);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* handbook = help->addAction(tr("Loopstep &Handbook"), this, [this] { HandbookWindow::showFor(this); });
    handbook->setObjectName(QStringLiteral("actionHandbook"));
    handbook->setShortcut(QKeySequence(Qt::Key_F1));
    handbook->setToolTip(tr("Ticks, states, panels, keys, editing and the Python subset (F1)"));
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(QIcon(QStringLiteral(":/icons/help-about.svg")), tr("&About Loopstep"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Stepping"));
    bar->setObjectName(QStringLiteral("steppingToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(findChild<QAction*>(QStringLiteral("actionOpen")));
    bar->addSeparator();
    bar->addActions({actions_.first, actions_.back, actions_.lineBack, actions_.playPause, actions_.lineForward,
                     actions_.forward, actions_.last});
    bar->addSeparator();
    bar->addAction(editCodeAction_);
    bar->addAction(stopAction_);
    controls_ = new StepControls(bar);
    bar->addWidget(controls_);
    viewMenu_->insertAction(viewMenu_->actions().value(docks_.size()), bar->toggleViewAction());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1280, 800);
        resize(std::min(1280, screen.width()), std::min(800, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    controls_->setTicksPerSecond(settings.value(QStringLiteral("playback/ticksPerSecond"), 2.0).toDouble());
    // Zoom and theme last: every panel exists by now.
    findChild<ClassroomActions*>()->restoreSettings();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    settings.setValue(QStringLiteral("playback/ticksPerSecond"), controls_->ticksPerSecond());
}

void MainWindow::openFileDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Python Program"), QString(),
                                                      tr("Python programs (*.py);;All files (*)"));
    if (!path.isEmpty()) openProgram(path);
}

void MainWindow::updateRecentFiles() {
    const QStringList files = RecentFiles::load();
    lessonsPanel_->setRecentFiles(files);
    recentMenu_->clear();
    for (const QString& path : files) recentMenu_->addAction(path, this, [this, path] { openProgram(path); });
    recentMenu_->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("&Clear List"), this, [this] {
            RecentFiles::clear();
            updateRecentFiles();
        });
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Loopstep"),
        tr("<h3>Loopstep %1</h3>"
           "<p>Learn Python's asyncio by stepping through a program on a simulated, deterministic event loop: "
           "which task runs, which are ready, which are busy and on what, tick by tick.</p>"
           "<p>Programs run on a virtual clock: <code>asyncio.sleep(120)</code> costs nothing, and every run "
           "of the same program gives the same ticks.</p>"
           "<p>Keys: ←/→ tick · Shift+←/→ line · Home/End · Space play/pause · F1 the handbook.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(LOOPSTEP_VERSION), QString::fromLatin1(qVersion())));
}

}  // namespace loopstep
