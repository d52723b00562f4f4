// The application's main window: the program's code in the middle, docks around it for the
// lessons, the tick table, the timeline, the output, the loop's insides and the lesson notes.
// It wires the session (what runs) and the playhead (where the learner is) to the panels.
#pragma once

#include <QMainWindow>
#include <QSet>
#include <memory>

#include "core/lesson_catalog.h"
#include "diagnostic.h"
#include "step_actions.h"

class QDockWidget;
class QLabel;
class QMenu;
class QTextBrowser;
class QUrl;

namespace loopstep {

class CodeView;
class ErrorBanner;
class LessonsPanel;
class OutputModel;
class OutputPanel;
class Playhead;
class Player;
class ReadyQueueModel;
class Session;
class StepControls;
class TickTableModel;
class TickTablePanel;
class TimelineWidget;
class TimerTableModel;
class Trace;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens and runs a program (a file, or a built-in lesson's ":/lessons/…" path).
    void openProgram(const QString& path);
    void openLesson(int index);
    // The tick to show once the next program has run (the `--tick N` option).
    void setStartTick(long tick) { startTick_ = tick; }

    Session* session() const { return session_; }
    Playhead* playhead() const { return playhead_; }
    Player* player() const { return player_; }
    TickTableModel* tickTableModel() const { return tickModel_; }
    OutputModel* outputModel() const { return outputModel_; }
    ReadyQueueModel* readyQueueModel() const { return readyModel_; }
    TimerTableModel* timerTableModel() const { return timerModel_; }
    CodeView* codeView() const { return codeView_; }
    ErrorBanner* errorBanner() const { return errorBanner_; }
    QTextBrowser* notesView() const { return notes_; }
    TimelineWidget* timeline() const { return timeline_; }
    const StepActions& stepActions() const { return actions_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // main_window.cpp: showing the program and the position.
    void showProgram(std::shared_ptr<const Trace> trace, bool sameProgram);
    void showRefusal(const QString& path, const Diagnostic& diagnostic, bool sameProgram);
    void showPosition();
    void showRunError();
    void updateNotes();
    void onNotesLink(const QUrl& url);
    void updateTitle();
    // main_window_layout.cpp: docks, menus, toolbar, settings.
    void createDocks();
    void createMenus();
    void createToolBar();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName, Qt::DockWidgetArea area);
    void applyDefaultLayout();
    void restoreSettings();
    void saveSettings() const;
    void openFileDialog();
    void updateRecentFiles();
    void showAbout();

    QList<LessonEntry> lessons_;
    Session* session_;
    Playhead* playhead_;
    Player* player_;
    TickTableModel* tickModel_;
    OutputModel* outputModel_;
    ReadyQueueModel* readyModel_;
    TimerTableModel* timerModel_;

    CodeView* codeView_ = nullptr;
    ErrorBanner* errorBanner_ = nullptr;
    LessonsPanel* lessonsPanel_ = nullptr;
    TickTablePanel* tickPanel_ = nullptr;
    OutputPanel* outputPanel_ = nullptr;
    QTextBrowser* notes_ = nullptr;
    TimelineWidget* timeline_ = nullptr;
    StepControls* controls_ = nullptr;
    QLabel* positionLabel_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QList<QDockWidget*> docks_;
    StepActions actions_;

    long startTick_ = -1;
    QSet<int> answersShown_;
    int runErrorLine_ = 0;
};

}  // namespace loopstep
