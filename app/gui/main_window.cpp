#include "main_window.h"

#include <QFileInfo>
#include <QStatusBar>

namespace loopstep {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(QStringLiteral("Loopstep"));
    resize(1100, 720);
}

void MainWindow::setProgramPath(const QString& path) {
    statusBar()->showMessage(QFileInfo(path).fileName());
}

}  // namespace loopstep
