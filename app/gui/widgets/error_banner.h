// A dismissible bar above the code saying why a program could not be opened or run, while the
// previous program stays on screen and usable.
#pragma once

#include <QFrame>

class QLabel;

namespace loopstep {

class ErrorBanner : public QFrame {
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    void showMessage(const QString& title, const QString& detail = {});
    QString text() const;

private:
    QLabel* label_;
};

}  // namespace loopstep
