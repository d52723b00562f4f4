// The application's main window. For now an empty frame; the lesson view, tick table and timeline
// are added by later issues.
#pragma once

#include <QMainWindow>
#include <QString>

namespace loopstep {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The program the window was started with; shown until it can be loaded and run.
    void setProgramPath(const QString& path);
};

}  // namespace loopstep
