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
#include <QHBoxLayout>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/autosave.h"
#include "core/player.h"
#include "core/playhead.h"
#include "core/recent_files.h"
#include "core/session.h"
#include "core/run_end_text.h"
#include "core/step_position.h"
#include "core/tick_words.h"
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

namespace {
constexpr int kProgressIntervalMs = 100;  // how often a slow run's counters are shown
constexpr int kProgressDelayMs = 300;     // runs quicker than this show no progress at all
}  // namespace

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
    createRunProgress();
    connect(session_, &Session::busyChanged, this, &MainWindow::onBusyChanged);
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
    // The first program's code shows at once, not only once its run (maybe a long one) is done.
    if (!session_->document())
        if (const auto document = ProgramDocument::load(path)) {
            codeView_->setSource(QString::fromUtf8(document->source));
            setWindowTitle(tr("Loopstep — %1").arg(document->displayTitle()));
        }
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
        savePath_ = document->isLesson() ? QString() : document->path;  // a lesson saves as a copy
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
    lessonsPanel_->setCurrentProgram(document->path, document->isLesson());
    // The learner's place survives a re-run of the same program (a variant, a "try it"); a
    // program just opened starts where stepping starts (T0, or the first line of a sync program).
    StepPosition position = sameProgram ? playhead_->position() : StepNavigator(*trace).start();
    if (startTick_ >= 0) position = {std::exchange(startTick_, -1), -1};
    showGhost(trace, sameProgram);
    controls_->setTickCount(static_cast<long>(trace->tick_count()));
    runErrorLine_ = 0;
    static const QRegularExpression frame(QStringLiteral("File \"([^\"]*)\", line (\\d+)"));
    auto it = frame.globalMatch(QString::fromStdString(trace->error_report));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) == document->engineFileName()) runErrorLine_ = m.captured(2).toInt();
    }
    // A step cut short (a limit, Stop Run) is marked where the task was still running.
    if (trace->tick_count() > 0 && endedInsideStep(*trace, trace->tick_count() - 1))
        runErrorLine_ = lineWhereStepEnded(*trace, trace->tick_count() - 1);
    timeline_->setTrace(trace);
    shownTrace_ = trace;
    showParameters();
    playhead_->setTraceAt(std::move(trace), position);
    updateTitle();
    // Notebook mode (top-level await, SPEC §2): said once per program, as the CLI's stderr note.
    if (!sameProgram && shownTrace_->result.notebook)
        statusBar()->showMessage(QString::fromStdString(shownTrace_->result.note), 30000);
    else if (!sameProgram && !shownTrace_->result.loaded_files.empty())
        statusBar()->showMessage(loadedFilesMessage(shownTrace_->result.loaded_files), 30000);
    if (restoredCode_ && !sameProgram) {
        setCodeEditing(true);
        codeView_->setSource(QString::fromUtf8(*restoredCode_));
        restoredCode_.reset();
        submitCode();
    }
}

// The program's own modules the run imported (`import helpers`), named as the file names a learner
// sees beside the program.
QString MainWindow::loadedFilesMessage(const std::vector<std::string>& paths) {
    QStringList names;
    for (const std::string& path : paths) names << QFileInfo(QString::fromStdString(path)).fileName();
    return tr("Also ran the program's own modules: %1").arg(names.join(QStringLiteral(", ")));
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
        controls_->setHint({});
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
    codeView_->setMarkers(codeMarkers(trace, snapshot, markerLabels_));
    controls_->setTick(snapshot.position.tick, snapshot.atTickEnd ? 0 : snapshot.activeLine);
    showStepHint();
    timeline_->setCurrentTick(static_cast<int>(std::max(0L, snapshot.position.tick)));
    QString summary = positionSummary(*trace, snapshot);
    showRunError();
    if (snapshot.lastTick && trace->result.status != RunStatus::Ok && !trace->result.error_line.empty())
        summary += QStringLiteral(" · ") + runEndShort(*trace);
    positionLabel_->setText(summary);
    // The status bar is one line: the whole story is in the tick table's header and here.
    positionLabel_->setToolTip(snapshot.lastTick ? runEndExplanation(*trace) : QString());
    updateNotes();
}

// A slow run says how far it has come (ticks and virtual time so far, read from the worker's
// counters a few times a second) with Stop beside it; a quick run (most edits) shows nothing,
// so the status bar does not flicker.
void MainWindow::createRunProgress() {
    progressTimer_ = new QTimer(this);
    progressTimer_->setInterval(kProgressIntervalMs);
    connect(progressTimer_, &QTimer::timeout, this, &MainWindow::showRunProgress);
    runProgress_ = new QWidget(this);
    runProgress_->setObjectName(QStringLiteral("runProgress"));
    auto* layout = new QHBoxLayout(runProgress_);
    layout->setContentsMargins(0, 0, 0, 0);
    runProgressLabel_ = new QLabel(runProgress_);
    runProgressLabel_->setObjectName(QStringLiteral("runProgressLabel"));
    auto* stop = new QToolButton(runProgress_);
    stop->setDefaultAction(stopAction_);
    stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(runProgressLabel_);
    layout->addWidget(stop);
    statusBar()->addPermanentWidget(runProgress_);
    runProgress_->hide();
}

void MainWindow::onBusyChanged(bool busy) {
    if (stopAction_) stopAction_->setEnabled(busy);
    if (busy) {
        runStarted_.start();
        progressTimer_->start();
        return;
    }
    progressTimer_->stop();
    runProgress_->hide();
}

void MainWindow::showRunProgress() {
    const std::shared_ptr<const RunProgress> progress = session_->progress();
    if (!progress || runStarted_.elapsed() < kProgressDelayMs) return;
    const QLocale locale;
    const qint64 ticks = progress->ticks.load(std::memory_order_relaxed);
    const double clock = progress->clock.load(std::memory_order_relaxed);
    runProgressLabel_->setText(tr("Running: %1 ticks, t=%2 s so far (%3 s)")
                                   .arg(locale.toString(ticks), locale.toString(clock, 'f', 3),
                                        locale.toString(runStarted_.elapsed() / 1000.0, 'f', 1)));
    runProgress_->show();
}

// Until the learner takes a first step, the toolbar says which key steps (on first start nothing
// else does).
void MainWindow::showStepHint() {
    if (!playhead_->atStartPosition() || playhead_->atEnd()) {
        controls_->setHint({});
        return;
    }
    controls_->setHint(playhead_->stepsByLine() ? tr("Press → to run the next line")
                                                : tr("Press → to step to the next tick"));
}

// At the end of a run that failed, the code view shows where (uncaught exceptions) and why.
void MainWindow::showRunError() {
    const auto& trace = playhead_->trace();
    const bool atEnd = playhead_->snapshot().lastTick && trace->result.status != RunStatus::Ok;
    if (atEnd && runErrorLine_ > 0) codeView_->setError(runErrorLine_, 0, runEndShort(*trace));
    else if (codeView_->errorLine() > 0 && !errorBanner_->isVisible()) codeView_->clearError();
}

void MainWindow::updateNotes() {
    NotesContext context;
    context.document = session_->document();
    context.snapshot = playhead_->snapshot();
    context.tickCount = playhead_->tickCount();
    if (context.tickCount > 0) context.endClock = playhead_->trace()->clock_end(static_cast<size_t>(context.tickCount - 1));
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
