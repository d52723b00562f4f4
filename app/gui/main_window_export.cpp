// MainWindow's File → Export: the timeline as PNG / SVG / PDF, the current tick's table or all
// tables as text / Markdown / CSV, the trace as JSON. Every file is written atomically; a failure
// says why and leaves nothing behind.
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include "core/file_exports.h"
#include "core/playhead.h"
#include "core/session.h"
#include "main_window.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_widget.h"
#include "widgets/export_image_dialog.h"

namespace loopstep {

void MainWindow::createExportMenu(QMenu* file) {
    QMenu* menu = file->addMenu(tr("&Export"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    QAction* image =
        menu->addAction(tr("&Timeline Image (PNG, SVG, PDF)…"), this, &MainWindow::exportTimelineDialog);
    image->setObjectName(QStringLiteral("actionExportTimeline"));
    menu->addAction(tr("&Current Tick's Table…"), this, [this] { exportTablesDialog(true); });
    menu->addAction(tr("&All Tables…"), this, [this] { exportTablesDialog(false); });
    menu->addAction(tr("Trace as &JSON…"), this, &MainWindow::exportTraceDialog);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        for (QAction* a : menu->actions())
            a->setEnabled(playhead_->hasTrace());
    });
}

bool MainWindow::exportTimelineImage(const QString& path, const ImageExportSettings& settings,
                                     QString* error) {
    return timeline_->exportImage(path, settings.width, settings.height, settings.dark, error,
                                  settings.scale);
}

bool MainWindow::exportTables(const QString& path, bool currentTickOnly, QString* error) {
    if (!playhead_->hasTrace()) return false;
    const Trace& trace = *playhead_->trace();
    const TableFormat format = tableFormatForPath(path);
    const QByteArray data =
        currentTickOnly ? tickTable(trace, static_cast<size_t>(std::max(0L, playhead_->tick())), format)
                        : allTables(trace, format);
    return writeFileAtomically(path, data, error);
}

bool MainWindow::exportTraceJson(const QString& path, QString* error) {
    if (!playhead_->hasTrace()) return false;
    return writeFileAtomically(path, traceJson(*playhead_->trace()), error);
}

void MainWindow::reportExport(bool ok, const QString& path, const QString& error) {
    if (ok) {
        exportDir_ = QFileInfo(path).absolutePath();
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
    } else {
        QMessageBox::warning(this, tr("Export"), error);
    }
}

namespace {

QString baseName(const Session* session) {
    return session->document() ? QFileInfo(session->document()->fileName()).completeBaseName()
                               : QStringLiteral("loopstep");
}

}  // namespace

void MainWindow::exportTimelineDialog() {
    static ImageExportSettings last;  // the dialog remembers its choices for this session
    last.dark = timeline_->chart()->theme().dark;  // but starts on the background of the theme shown
    ExportImageDialog dialog(last, this);
    if (dialog.exec() != QDialog::Accepted) return;
    last = dialog.settings();
    const QString suggested = QDir(exportDir_).filePath(baseName(session_) + QStringLiteral("-timeline.png"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the Timeline"), suggested,
                                     tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    QString error;
    reportExport(exportTimelineImage(path, last, &error), path, error);
}

void MainWindow::exportTablesDialog(bool currentTickOnly) {
    const QString name = currentTickOnly
                             ? QStringLiteral("%1-T%2.txt").arg(baseName(session_)).arg(playhead_->tick())
                             : baseName(session_) + QStringLiteral("-tables.txt");
    const QString path = QFileDialog::getSaveFileName(
        this, currentTickOnly ? tr("Export This Tick's Table") : tr("Export All Tables"),
        QDir(exportDir_).filePath(name),
        tr("Plain text, the workshop's format (*.txt);;Markdown (*.md);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    reportExport(exportTables(path, currentTickOnly, &error), path, error);
}

void MainWindow::exportTraceDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Trace"),
        QDir(exportDir_).filePath(baseName(session_) + QStringLiteral("-trace.json")), tr("JSON (*.json)"));
    if (path.isEmpty()) return;
    QString error;
    reportExport(exportTraceJson(path, &error), path, error);
}

}  // namespace loopstep
