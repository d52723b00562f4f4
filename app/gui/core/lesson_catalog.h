// The built-in lessons embedded under :/lessons/, in the order of their NN prefix.
#pragma once

#include <QList>
#include <QString>

namespace loopstep {

struct LessonEntry {
    QString id;           // "03_create_task"
    QString title;        // from the teaching text, else the id
    QString programPath;  // ":/lessons/03_create_task.py"
};

class LessonCatalog {
public:
    static QList<LessonEntry> builtIn();
    // The built-in lesson whose file name matches `path`'s (so lessons/03_create_task.py opened
    // from disk is recognised as lesson 3); -1 when none.
    static int indexOf(const QList<LessonEntry>& lessons, const QString& path);
};

}  // namespace loopstep
