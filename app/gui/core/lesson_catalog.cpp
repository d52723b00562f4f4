#include "core/lesson_catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/lesson.h"

namespace loopstep {

QList<LessonEntry> LessonCatalog::builtIn() {
    QList<LessonEntry> lessons;
    const QDir dir(QStringLiteral(":/lessons"));
    const QStringList programs = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    for (const QString& program : programs) {
        LessonEntry entry;
        entry.id = QFileInfo(program).completeBaseName();
        entry.programPath = dir.filePath(program);
        entry.title = entry.id;
        QFile text(dir.filePath(entry.id + QStringLiteral(".json")));
        if (text.open(QIODevice::ReadOnly))
            if (auto lesson = Lesson::fromJson(text.readAll())) entry.title = lesson->title;
        lessons.append(entry);
    }
    return lessons;
}

int LessonCatalog::indexOf(const QList<LessonEntry>& lessons, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    for (int i = 0; i < lessons.size(); ++i)
        if (QFileInfo(lessons[i].programPath).fileName() == name) return i;
    return -1;
}

}  // namespace loopstep
