// The lessons dock: the built-in lessons in order (whole titles, wrapped), then the recently
// opened files; Enter or a click on one asks to open it.
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
    // Marks the program being shown when it is a built-in lesson (embedded or on disk).
    void setCurrentProgram(const QString& path, bool isLesson);
    QListWidget* lessonList() const { return lessons_; }

signals:
    void programRequested(const QString& path);
    void openFileRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(QListWidgetItem* item);

    QList<LessonEntry> entries_;
    QListWidget* lessons_;
    QListWidget* recent_;
};

}  // namespace loopstep
