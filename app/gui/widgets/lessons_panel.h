// The lessons dock: the built-in lessons in order, then the recently opened files; activating one
// asks to open it.
#pragma once

#include <QWidget>

#include "core/lesson_catalog.h"

class QListWidget;
class QListWidgetItem;

namespace loopstep {

class LessonsPanel : public QWidget {
    Q_OBJECT

public:
    explicit LessonsPanel(const QList<LessonEntry>& lessons, QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);
    // Marks the program being shown (a built-in lesson, or nothing).
    void setCurrentProgram(const QString& path);
    QListWidget* lessonList() const { return lessons_; }

signals:
    void programRequested(const QString& path);
    void openFileRequested();

private:
    void activate(QListWidgetItem* item);

    QList<LessonEntry> entries_;
    QListWidget* lessons_;
    QListWidget* recent_;
};

}  // namespace loopstep
