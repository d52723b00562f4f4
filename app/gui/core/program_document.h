// A program opened in the app: a built-in lesson or any .py file, with its teaching text when
// one sits beside it (NN_slug.json next to NN_slug.py).
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

#include "core/lesson.h"

namespace loopstep {

struct ProgramDocument {
    QString path;         // ":/lessons/03_create_task.py" or a file on disk
    QByteArray source;    // the file's bytes as written
    std::optional<Lesson> lesson;
    // A file on disk that is one of the built-in lessons (lessons/03_create_task.py as
    // scripts/run-app.sh opens it): the same file name as an embedded lesson, with its teaching
    // text beside it or the very same bytes.
    bool lessonOnDisk = false;

    bool isBuiltIn() const { return path.startsWith(QStringLiteral(":/")); }
    // A built-in lesson, wherever it was opened from: saving never writes over it.
    bool isLesson() const { return isBuiltIn() || lessonOnDisk; }
    QString fileName() const;
    // The name the engine reports in diagnostics and tracebacks.
    QString engineFileName() const;
    // "Step 3: scheduling tasks with create_task", else the file name.
    QString displayTitle() const;

    // Reads the program (and its teaching text if any); on failure says why in `error`.
    static std::optional<ProgramDocument> load(const QString& path, QString* error = nullptr);
    // Whether the file at `path` is a built-in lesson's file (see lessonOnDisk).
    static bool isLessonFile(const QString& path);
};

}  // namespace loopstep
