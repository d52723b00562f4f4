#include "core/program_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loopstep {

namespace {

// Lessons are small; anything much bigger is not a program a learner steps through.
constexpr qint64 kMaxProgramBytes = 4 * 1024 * 1024;

QString tr(const char* text) { return QCoreApplication::translate("ProgramDocument", text); }

}  // namespace

QString ProgramDocument::fileName() const { return QFileInfo(path).fileName(); }

QString ProgramDocument::engineFileName() const { return isBuiltIn() ? fileName() : path; }

QString ProgramDocument::displayTitle() const { return lesson ? lesson->title : fileName(); }

std::optional<ProgramDocument> ProgramDocument::load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxProgramBytes) {
        if (error) *error = tr("%1 is too large to be a lesson program").arg(path);
        return std::nullopt;
    }
    ProgramDocument doc;
    doc.path = path;
    doc.source = file.readAll();
    const QFileInfo info(path);
    QFile text(info.dir().filePath(info.completeBaseName() + QStringLiteral(".json")));
    if (info.suffix() == QStringLiteral("py") && text.open(QIODevice::ReadOnly)) doc.lesson = Lesson::fromJson(text.readAll());
    doc.lessonOnDisk = !doc.isBuiltIn() && isLessonFile(path);
    return doc;
}

bool ProgramDocument::isLessonFile(const QString& path) {
    if (path.startsWith(QStringLiteral(":/"))) return true;
    const QFileInfo info(path);
    if (!info.exists()) return false;
    QFile embedded(QStringLiteral(":/lessons/") + info.fileName());
    if (!embedded.exists()) return false;
    // Its teaching text beside it: the lessons/ folder of a checkout or of an install.
    const QString besideText = info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
    if (QFileInfo::exists(besideText)) return true;
    // A lone copy of a lesson, byte for byte, is still the lesson.
    QFile file(path);
    return embedded.open(QIODevice::ReadOnly) && file.open(QIODevice::ReadOnly) && embedded.readAll() == file.readAll();
}

}  // namespace loopstep
