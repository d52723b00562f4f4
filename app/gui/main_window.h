// The application's main window: the program's code in the middle, docks around it for the
// lessons, the tick table, the timeline, the output, the loop's insides and the lesson notes.
// It wires the session (what runs) and the playhead (where the learner is) to the panels.
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

#include "core/lesson_catalog.h"
#include "source/diagnostic.h"
#include "models/task_labels.h"
#include "step_actions.h"

class QDockWidget;
class QLabel;
class QMenu;
class QTextBrowser;
class QTimer;
class QUrl;

namespace loopstep {

class CodeView;
class ErrorBanner;
class LessonsPanel;
class OutputModel;
class OutputPanel;
class ParametersModel;
class ParametersPanel;
class TimelineModel;
struct ImageExportSettings;
struct RunBudgets;
struct EditableParameter;
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

    // What to do with unsaved code on close or when another program opens.
    enum class UnsavedDecision { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedDecision(const QString& fileName)>;

    // Opens and runs a program (a file, or a built-in lesson's ":/lessons/…" path); unsaved code
    // is asked about first.
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
    StepControls* stepControls() const { return controls_; }
    LessonsPanel* lessonsPanel() const { return lessonsPanel_; }
    const StepActions& stepActions() const { return actions_; }
    ParametersModel* parametersModel() const { return parametersModel_; }
    ParametersPanel* parametersPanel() const { return parametersPanel_; }

    // main_window_editing.cpp: code editing, saving, autosave.
    void setCodeEditing(bool on);
    bool isCodeEditing() const;
    // The code differs from what was opened or last saved.
    bool hasUnsavedChanges() const;
    // Writes the program as shown (edits included) to `path` atomically; false with a message.
    bool saveTo(const QString& path, QString* error = nullptr);
    bool save();    // to the file it came from, else asks where (Save As)
    bool saveAs();
    // Replaces the question asked on close (tests decide without a dialog).
    void setUnsavedPrompt(UnsavedPrompt prompt) { unsavedPrompt_ = std::move(prompt); }
    // Asks where to save, proposing `suggested`; empty: cancelled. Replaceable for tests.
    using SavePathPrompt = std::function<QString(const QString& suggested)>;
    void setSavePathPrompt(SavePathPrompt prompt) { savePathPrompt_ = std::move(prompt); }
    // Where Save As proposes to write: the file saved to, else (a lesson, a new copy) a name in
    // the user's documents folder, never inside lessons/.
    QString suggestedSavePath() const;
    // Brings back code autosaved by a session that did not close cleanly; false if none.
    bool restoreAutosave();
    QTimer* codeEditTimer() const { return codeEditTimer_; }
    // Edit → Settings…: the run budgets, stored with QSettings; a change re-runs the program.
    void showSettings();
    void applyBudgets(const RunBudgets& budgets);

    // main_window_export.cpp: File → Export without dialogs (the menu asks for the path first).
    bool exportTimelineImage(const QString& path, const ImageExportSettings& settings, QString* error = nullptr);
    bool exportTables(const QString& path, bool currentTickOnly, QString* error = nullptr);
    bool exportTraceJson(const QString& path, QString* error = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // main_window.cpp: showing the program and the position.
    void showProgram(std::shared_ptr<const Trace> trace, bool sameProgram);
    static QString loadedFilesMessage(const std::vector<std::string>& paths);
    void showRefusal(const QString& path, const Diagnostic& diagnostic, bool sameProgram);
    void showPosition();
    void showRunError();
    void showStepHint();
    void createRunProgress();
    void onBusyChanged(bool busy);
    void showRunProgress();
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
    // main_window_editing.cpp
    void createEditing();
    void showParameters();
    void onParameterEdited(const EditableParameter& parameter, double value);
    void onCodeEdited();
    void submitCode();
    bool maybeKeepChanges();
    void showGhost(const std::shared_ptr<const Trace>& trace, bool sameProgram);
    // main_window_export.cpp
    void createExportMenu(QMenu* file);
    void exportTimelineDialog();
    void exportTablesDialog(bool currentTickOnly);
    void exportTraceDialog();
    void reportExport(bool ok, const QString& path, const QString& error);

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

    ParametersModel* parametersModel_ = nullptr;
    ParametersPanel* parametersPanel_ = nullptr;
    QAction* editCodeAction_ = nullptr;
    QAction* stopAction_ = nullptr;  // File → Stop Run, enabled while a run is in progress
    QAction* ghostAction_ = nullptr;
    QTimer* codeEditTimer_ = nullptr;
    UnsavedPrompt unsavedPrompt_;
    SavePathPrompt savePathPrompt_;
    QString savePath_;                 // where Save writes; empty: ask (built-in lessons)
    QByteArray savedSource_;           // the code as opened or last saved
    QByteArray submittedCode_;         // the editor's text as last sent to run
    std::optional<QByteArray> restoredCode_;  // autosaved code to apply once its program ran
    std::shared_ptr<const Trace> shownTrace_;
    std::shared_ptr<const TimelineModel> originalModel_;
    std::shared_ptr<const TimelineModel> ghostModel_;  // the run before the change shown, as drawn
    QString exportDir_;

    ShortTaskLabels markerLabels_;  // the code view's task labels, as short as the table's
    QTimer* progressTimer_ = nullptr;
    QWidget* runProgress_ = nullptr;  // "Running: 12,345 ticks, t=…" and Stop, in the status bar
    QLabel* runProgressLabel_ = nullptr;
    QElapsedTimer runStarted_;

    long startTick_ = -1;
    QSet<int> answersShown_;
    int runErrorLine_ = 0;
};

}  // namespace loopstep
