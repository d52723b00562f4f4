#include "core/autosave.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "core/file_exports.h"

namespace loopstep {

namespace {

QString bufferPath() {
    return QDir(Autosave::directory()).filePath(QStringLiteral("autosave.py"));
}
QString infoPath() {
    return QDir(Autosave::directory()).filePath(QStringLiteral("autosave.json"));
}

}  // namespace

QString Autosave::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Autosave::write(const AutosavedBuffer& buffer, QString* error) {
    if (!QDir().mkpath(directory())) {
        if (error) *error = QStringLiteral("Cannot create %1").arg(directory());
        return false;
    }
    QJsonObject info;
    info.insert(QStringLiteral("path"), buffer.originalPath);
    // The buffer first: an info file always names a complete buffer.
    return writeFileAtomically(bufferPath(), buffer.source, error) &&
           writeFileAtomically(infoPath(), QJsonDocument(info).toJson(), error);
}

std::optional<AutosavedBuffer> Autosave::pending() {
    QFile info(infoPath());
    QFile buffer(bufferPath());
    if (!info.open(QIODevice::ReadOnly) || !buffer.open(QIODevice::ReadOnly)) return std::nullopt;
    AutosavedBuffer saved;
    saved.originalPath =
        QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("path")).toString();
    saved.source = buffer.readAll();
    return saved;
}

void Autosave::clear() {
    QFile::remove(infoPath());
    QFile::remove(bufferPath());
}

}  // namespace loopstep
