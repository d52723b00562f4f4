// MainWindow's live editing: the Parameters dock and its edits, the previous run shown behind
// the new one, undo/redo, code editing with a re-run after a pause in typing, Save / Save As,
// the question about unsaved code, and the autosaved buffer.
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include "core/autosave.h"
#include "core/editable_parameters.h"
#include "core/file_exports.h"
#include "core/playhead.h"
#include "core/session.h"
#include "main_window.h"
#include "models/output_model.h"
#include "models/parameters_model.h"
#include "timeline/timeline_widget.h"
#include "widgets/code_view.h"
#include "widgets/error_banner.h"
#include "widgets/parameters_panel.h"
#include "widgets/settings_dialog.h"

namespace loopstep {

namespace {
constexpr int kTypingPauseMs = 400;  // re-run once the learner stops typing this long
}  // namespace

void MainWindow::createEditing() {
    codeEditTimer_ = new QTimer(this);
    codeEditTimer_->setSingleShot(true);
    codeEditTimer_->setInterval(kTypingPauseMs);
    connect(codeEditTimer_, &QTimer::timeout, this, &MainWindow::submitCode);
    connect(codeView_, &CodeView::sourceEdited, this, &MainWindow::onCodeEdited);
    connect(parametersModel_, &ParametersModel::parameterEdited, this, &MainWindow::onParameterEdited);
    connect(parametersPanel_, &ParametersPanel::variantRequested, session_, &Session::applyVariant);
    connect(parametersPanel_, &ParametersPanel::resetRequested, session_, &Session::restoreOriginal);
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);

    // Edit → Settings…, at the end of the Edit menu (the menu that holds Edit Code).
    for (QObject* owner : editCodeAction_->associatedObjects()) {
        if (auto* edit = qobject_cast<QMenu*>(owner)) {
            edit->addSeparator();
            QAction* settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
            settings->setObjectName(QStringLiteral("actionSettings"));
            settings->setMenuRole(QAction::PreferencesRole);
            settings->setToolTip(tr("The limits a run stops at: task steps, instructions between awaits, virtual time"));
            break;
        }
    }
}

void MainWindow::showSettings() {
    SettingsDialog dialog(session_->budgets(), this);
    if (dialog.exec() == QDialog::Accepted) applyBudgets(dialog.budgets());
}

void MainWindow::applyBudgets(const RunBudgets& budgets) {
    if (budgets == session_->budgets()) return;
    budgets.save();
    session_->setBudgets(budgets);
    // The run on screen may have been stopped by the old limits: run it again under the new ones.
    session_->rerun();
}

void MainWindow::showParameters() {
    const RunSetup& setup = *session_->setup();
    parametersModel_->setParameters(editableParameters(setup));
    QStringList variants;
    if (setup.document.lesson)
        for (const LessonVariant& v : setup.document.lesson->variants)
            variants << v.name;
    parametersPanel_->setVariants(variants, setup.codeEdited ? -1 : setup.variant);
}

void MainWindow::onParameterEdited(const EditableParameter& parameter, double value) {
    if (parameter.seed)
        session_->setSeed(static_cast<int64_t>(value));
    else
        session_->setLiteral(parameter.line, parameter.col, value, parameter.name);
}

// The run shown behind the new one: the original for a variant, else the run before this change.
void MainWindow::showGhost(const std::shared_ptr<const Trace>& trace, bool sameProgram) {
    std::shared_ptr<const Trace> previous;
    std::shared_ptr<const TimelineModel> ghost;
    QString label;
    if (sameProgram && ghostAction_->isChecked()) {
        const auto& original = session_->originalTrace();
        if (session_->variantIndex() >= 0 && original && original != trace) {
            if (!originalModel_ || originalModel_->trace() != original.get())
                originalModel_ = std::make_shared<const TimelineModel>(original);
            previous = original;
            ghost = originalModel_;
            label = tr("program as written");
        } else if (std::shared_ptr<const Trace> before = session_->runBefore(trace)) {
            // The run before this change: for a slider drag, the run before the drag began (not an
            // in-between value); after Undo, the run before the change now on top, or none, so
            // the axis fits the run shown.
            previous = before;
            const std::shared_ptr<const TimelineModel> shown = timeline_->model();
            if (shown && shown->trace() == before.get()) ghostModel_ = shown;
            else if (!ghostModel_ || ghostModel_->trace() != before.get())
                ghostModel_ = std::make_shared<const TimelineModel>(before);
            ghost = ghostModel_;
        }
    }
    timeline_->setGhostModel(ghost, label);
    outputModel_->setTrace(trace, previous);
}

bool MainWindow::isCodeEditing() const {
    return codeView_->isEditable();
}

void MainWindow::setCodeEditing(bool on) {
    if (on == isCodeEditing()) return;
    editCodeAction_->setChecked(on);
    codeView_->setEditable(on);
    if (on) {
        codeView_->setFocus();
        statusBar()->showMessage(tr("Editing the code: it runs again when you pause typing"), 5000);
    } else if (codeEditTimer_->isActive()) {
        codeEditTimer_->stop();
        submitCode();
    }
}

void MainWindow::onCodeEdited() {
    codeEditTimer_->start();
    updateTitle();
}

void MainWindow::submitCode() {
    codeEditTimer_->stop();
    if (!session_->document()) return;
    submittedCode_ = codeView_->toPlainText().toUtf8();
    session_->setCode(submittedCode_);
    QString error;
    if (!Autosave::write({session_->document()->path, submittedCode_}, &error))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
}

bool MainWindow::hasUnsavedChanges() const {
    if (!session_->document()) return false;
    if (isCodeEditing() && codeView_->toPlainText().toUtf8() != savedSource_) return true;
    const RunSetup* setup = session_->requestedSetup();
    return setup->codeEdited && setup->editedSource() != savedSource_;
}

bool MainWindow::saveTo(const QString& path, QString* error) {
    if (!session_->document()) return false;
    // A lesson is the same for every learner and every class: it is only ever saved as a copy.
    if (ProgramDocument::isLessonFile(path)) {
        if (error)
            *error = tr("%1 is one of Loopstep's lessons; save your version under another name or in another folder")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (codeEditTimer_->isActive()) submitCode();
    const QByteArray source =
        isCodeEditing() ? codeView_->toPlainText().toUtf8() : session_->requestedSetup()->editedSource();
    if (!writeFileAtomically(path, source, error)) return false;
    savePath_ = path;
    savedSource_ = source;
    Autosave::clear();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save() {
    if (savePath_.isEmpty()) return saveAs();
    QString error;
    if (saveTo(savePath_, &error)) return true;
    QMessageBox::warning(this, tr("Save"), error);
    return false;
}

QString MainWindow::suggestedSavePath() const {
    if (!savePath_.isEmpty()) return savePath_;
    if (!session_->document()) return {};
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) folder = QDir::homePath();
    const QDir dir(folder);
    const QString base = QFileInfo(session_->document()->fileName()).completeBaseName();
    // Never propose a file that exists: Save As would then overwrite an earlier copy unasked.
    QString path = dir.filePath(base + QStringLiteral(".py"));
    for (int n = 2; QFileInfo::exists(path); ++n) path = dir.filePath(QStringLiteral("%1_%2.py").arg(base).arg(n));
    return path;
}

bool MainWindow::saveAs() {
    if (!session_->document()) return false;
    const QString suggested = suggestedSavePath();
    const QString path = savePathPrompt_ ? savePathPrompt_(suggested)
                                         : QFileDialog::getSaveFileName(this, tr("Save the Program As"), suggested,
                                                                        tr("Python programs (*.py)"));
    if (path.isEmpty()) return false;
    QString error;
    if (saveTo(path, &error)) return true;
    QMessageBox::warning(this, tr("Save As"), error);
    return false;
}

bool MainWindow::maybeKeepChanges() {
    if (!hasUnsavedChanges()) return true;
    const QString name =
        savePath_.isEmpty() ? session_->document()->fileName() : QFileInfo(savePath_).fileName();
    UnsavedDecision decision = UnsavedDecision::Cancel;
    if (unsavedPrompt_) {
        decision = unsavedPrompt_(name);
    } else {
        const auto button = QMessageBox::question(
            this, tr("Unsaved Changes"), tr("The code of %1 has changed. Save the changes?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        decision = button == QMessageBox::Save      ? UnsavedDecision::Save
                   : button == QMessageBox::Discard ? UnsavedDecision::Discard
                                                    : UnsavedDecision::Cancel;
    }
    switch (decision) {
        case UnsavedDecision::Save:
            return save();
        case UnsavedDecision::Discard:
            Autosave::clear();
            savedSource_ = isCodeEditing() ? codeView_->toPlainText().toUtf8()
                                           : session_->requestedSetup()->editedSource();
            return true;
        case UnsavedDecision::Cancel:
            break;
    }
    return false;
}

bool MainWindow::restoreAutosave() {
    const std::optional<AutosavedBuffer> saved = Autosave::pending();
    if (!saved) return false;
    restoredCode_ = saved->source;
    const QString path = saved->originalPath.isEmpty() ? lessons_.value(0).programPath : saved->originalPath;
    session_->open(path);
    statusBar()->showMessage(
        tr("Brought back the unsaved code of %1 from the last session").arg(QFileInfo(path).fileName()),
        15000);
    return true;
}

}  // namespace loopstep
