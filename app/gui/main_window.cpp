#include "main_window.h"

#include <QUndoStack>
#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "core/autosave.h"
#include "core/player.h"
#include "core/playhead.h"
#include "core/recent_files.h"
#include "core/session.h"
#include "models/code_markers.h"
#include "models/lesson_notes_html.h"
#include "models/loop_queue_models.h"
#include "models/output_model.h"
#include "models/parameters_model.h"
#include "models/tick_table_model.h"
#include "resources_init.h"
#include "widgets/code_view.h"
#include "widgets/error_banner.h"
#include "widgets/lessons_panel.h"
#include "widgets/output_panel.h"
#include "widgets/step_controls.h"
#include "widgets/tick_table_panel.h"

#include "timeline/timeline_widget.h"

namespace loopstep {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      lessons_((initResources(), LessonCatalog::builtIn())),
      session_(new Session(this)),
      playhead_(new Playhead(this)),
      player_(new Player(playhead_, this)),
      tickModel_(new TickTableModel(this)),
      outputModel_(new OutputModel(this)),
      readyModel_(new ReadyQueueModel(this)),
      timerModel_(new TimerTableModel(this)) {
    setWindowTitle(tr("Loopstep"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    errorBanner_ = new ErrorBanner(central);
    codeView_ = new CodeView(central);
    codeView_->setObjectName(QStringLiteral("codeView"));
    layout->addWidget(errorBanner_);
    layout->addWidget(codeView_, 1);
    setCentralWidget(central);

    actions_ = StepActions::create(this);
    parametersModel_ = new ParametersModel(this);
    createDocks();
    createMenus();
    createToolBar();
    positionLabel_ = new QLabel(this);
    positionLabel_->setObjectName(QStringLiteral("positionLabel"));
    statusBar()->addWidget(positionLabel_, 1);

    connect(actions_.first, &QAction::triggered, playhead_, &Playhead::first);
    connect(actions_.back, &QAction::triggered, playhead_, &Playhead::back);
    connect(actions_.forward, &QAction::triggered, playhead_, &Playhead::forward);
    connect(actions_.last, &QAction::triggered, playhead_, &Playhead::last);
    connect(actions_.lineBack, &QAction::triggered, playhead_, &Playhead::lineBack);
    connect(actions_.lineForward, &QAction::triggered, playhead_, &Playhead::lineForward);
    connect(actions_.playPause, &QAction::triggered, player_, &Player::toggle);
    connect(player_, &Player::playingChanged, this, [this](bool playing) { actions_.showPlaying(playing); });
    connect(controls_, &StepControls::tickRequested, playhead_, &Playhead::goToTick);
    connect(controls_, &StepControls::speedChanged, player_, &Player::setTicksPerSecond);
    connect(playhead_, &Playhead::positionChanged, this, &MainWindow::showPosition);
    connect(session_, &Session::programLoaded, this, &MainWindow::showProgram);
    connect(session_, &Session::programRefused, this, &MainWindow::showRefusal);
    connect(session_, &Session::openFailed, this, [this](const QString& message) {
        errorBanner_->showMessage(message);
        statusBar()->showMessage(message, 10000);
    });
    connect(session_, &Session::busyChanged, this, [this](bool busy) {
        if (stopAction_) stopAction_->setEnabled(busy);
        if (busy) statusBar()->showMessage(tr("Running… (Ctrl+. stops it)"));
        else statusBar()->clearMessage();
    });
    connect(lessonsPanel_, &LessonsPanel::programRequested, this, &MainWindow::openProgram);
    connect(lessonsPanel_, &LessonsPanel::openFileRequested, this, &MainWindow::openFileDialog);
    connect(notes_, &QTextBrowser::anchorClicked, this, &MainWindow::onNotesLink);
    createEditing();

    restoreSettings();
    updateRecentFiles();
    showPosition();
}

MainWindow::~MainWindow() {
    // The session's undo stack signals while it is destroyed (QUndoStack::clear): by then this
    // window is only a QWidget, so drop every connection from the session and its children first.
    session_->disconnect(this);
    session_->undoStack()->disconnect(this);
}

void MainWindow::openProgram(const QString& path) {
    if (!maybeKeepChanges()) return;
    session_->open(path);
}

void MainWindow::openLesson(int index) {
    if (index >= 0 && index < lessons_.size()) openProgram(lessons_[index].programPath);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    // A clean close: nothing to bring back next time.
    Autosave::clear();
    saveSettings();
    event->accept();
}

void MainWindow::showProgram(std::shared_ptr<const Trace> trace, bool sameProgram) {
    const ProgramDocument* document = session_->document();
    const RunSetup& setup = *session_->setup();
    errorBanner_->hide();
    if (!sameProgram) {
        savePath_ = document->isBuiltIn() ? QString() : document->path;
        savedSource_ = document->source;
    }
    // While the learner types, the run of their text must not rewrite the editor under them.
    const bool typed = isCodeEditing() && setup.codeEdited && setup.edits.empty() && setup.source == submittedCode_;
    if (!typed) codeView_->setSource(QString::fromUtf8(setup.editedSource()));
    codeView_->clearError();
    if (!sameProgram) answersShown_.clear();
    if (!document->isBuiltIn()) {
        RecentFiles::add(document->path);
        updateRecentFiles();
    }
    lessonsPanel_->setCurrentProgram(document->path);
    // The learner's place survives a re-run of the same program (a variant, a "try it").
    long tick = sameProgram ? playhead_->tick() : 0;
    if (startTick_ >= 0) tick = std::exchange(startTick_, -1);
    showGhost(trace, sameProgram);
    controls_->setTickCount(static_cast<long>(trace->tick_count()));
    runErrorLine_ = 0;
    static const QRegularExpression frame(QStringLiteral("File \"([^\"]*)\", line (\\d+)"));
    auto it = frame.globalMatch(QString::fromStdString(trace->error_report));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == document->engineFileName()) runErrorLine_ = m.captured(2).toInt();
    }
    timeline_->setTrace(trace);
    shownTrace_ = trace;
    showParameters();
    playhead_->setTrace(std::move(trace), tick);
    updateTitle();
    // Notebook mode (top-level await, SPEC §2): said once per program, as the CLI's stderr note.
    if (!sameProgram && shownTrace_->result.notebook)
        statusBar()->showMessage(QString::fromStdString(shownTrace_->result.note), 30000);
    if (restoredCode_ && !sameProgram) {
        setCodeEditing(true);
        codeView_->setSource(QString::fromUtf8(*restoredCode_));
        restoredCode_.reset();
        submitCode();
    }
}

void MainWindow::showRefusal(const QString& path, const Diagnostic& diagnostic, bool sameProgram) {
    const QString message = QString::fromStdString(diagnostic.format());
    statusBar()->showMessage(message, 15000);
    if (!session_->document() || sameProgram) {
        // Nothing else to keep on screen (or the same file): show the error at its line.
        if (!session_->document()) {
            if (auto document = ProgramDocument::load(path)) codeView_->setSource(QString::fromUtf8(document->source));
            setWindowTitle(tr("Loopstep — %1").arg(QFileInfo(path).fileName()));
        }
        codeView_->setError(diagnostic.line, diagnostic.col, QString::fromStdString(diagnostic.message));
        errorBanner_->showMessage(tr("The program cannot run"), message);
        return;
    }
    // Another program: keep the current one usable and say what is wrong with the new one.
    QString detail = message;
    if (auto document = ProgramDocument::load(path); document && diagnostic.line > 0) {
        const QList<QByteArray> lines = document->source.split('\n');
        if (diagnostic.line <= lines.size()) {
            const QString text = QString::fromUtf8(lines[diagnostic.line - 1]);
            detail += QStringLiteral("\n%1 | %2\n%3 | %4^")
                          .arg(diagnostic.line, 4)
                          .arg(text, QString(4, QLatin1Char(' ')), QString(std::max(0, diagnostic.col - 1), QLatin1Char(' ')));
        }
    }
    errorBanner_->showMessage(tr("Could not run %1 — still showing %2").arg(QFileInfo(path).fileName(), session_->document()->displayTitle()),
                              detail);
}

void MainWindow::updateTitle() {
    const ProgramDocument* document = session_->document();
    if (!document) return;
    QString title = tr("Loopstep — %1").arg(document->displayTitle());
    const int variant = session_->variantIndex();
    if (variant >= 0 && document->lesson) title += tr(" (variant: %1)").arg(document->lesson->variants[variant].name);
    else if (session_->hasEdits() || session_->seed() != 0 || session_->setup()->codeEdited) title += tr(" (changed)");
    if (hasUnsavedChanges()) title += QStringLiteral(" *");
    setWindowTitle(title);
}

void MainWindow::showPosition() {
    const bool has = playhead_->hasTrace();
    for (QAction* a : {actions_.first, actions_.back, actions_.lineBack}) a->setEnabled(has && !playhead_->atStart());
    for (QAction* a : {actions_.forward, actions_.last, actions_.lineForward}) a->setEnabled(has && !playhead_->atEnd());
    actions_.playPause->setEnabled(has);
    if (!has) {
        positionLabel_->setText(tr("No program"));
        return;
    }
    const auto& trace = playhead_->trace();
    const TickSnapshot& snapshot = playhead_->snapshot();
    tickModel_->setSnapshot(trace, snapshot);
    tickPanel_->refresh();
    outputModel_->setSnapshot(snapshot);
    outputPanel_->followEnd();
    readyModel_->setSnapshot(trace, snapshot);
    timerModel_->setSnapshot(trace, snapshot);
    codeView_->setMarkers(codeMarkers(*trace, snapshot));
    controls_->setTick(snapshot.position.tick, !snapshot.atTickEnd);
    timeline_->setCurrentTick(static_cast<int>(std::max(0L, snapshot.position.tick)));
    QString summary = positionSummary(*trace, snapshot);
    showRunError();
    if (snapshot.lastTick && trace->result.status != RunStatus::Ok && !trace->result.error_line.empty())
        summary += QStringLiteral(" · ") + QString::fromStdString(trace->result.error_line);
    positionLabel_->setText(summary);
    updateNotes();
}

// At the end of a run that failed, the code view shows where (uncaught exceptions) and why.
void MainWindow::showRunError() {
    const auto& trace = playhead_->trace();
    const bool atEnd = playhead_->snapshot().lastTick && trace->result.status != RunStatus::Ok;
    if (atEnd && runErrorLine_ > 0) codeView_->setError(runErrorLine_, 0, QString::fromStdString(trace->result.error_line));
    else if (codeView_->errorLine() > 0 && !errorBanner_->isVisible()) codeView_->clearError();
}

void MainWindow::updateNotes() {
    NotesContext context;
    context.document = session_->document();
    context.snapshot = playhead_->snapshot();
    context.tickCount = playhead_->tickCount();
    context.variant = session_->variantIndex();
    context.modified = session_->hasEdits() || session_->seed() != 0 || (session_->setup() && session_->setup()->codeEdited);
    context.answersShown = answersShown_;
    notes_->setHtml(lessonNotesHtml(context));
}

void MainWindow::onNotesLink(const QUrl& url) {
    const QString link = url.toString();
    const int index = link.section(QLatin1Char(':'), 1).toInt();
    if (link.startsWith(QStringLiteral("try:"))) session_->tryQuestion(index);
    else if (link.startsWith(QStringLiteral("variant:"))) session_->applyVariant(index);
    else if (link == QStringLiteral("original")) session_->restoreOriginal();
    else if (link.startsWith(QStringLiteral("answer:"))) {
        answersShown_.insert(index);
        updateNotes();
    }
}

}  // namespace loopstep
