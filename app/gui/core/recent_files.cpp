#include "core/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace loopstep {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::load() { return QSettings().value(kKey).toStringList(); }

QStringList RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = load();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxEntries) files.removeLast();
    QSettings().setValue(kKey, files);
    return files;
}

void RecentFiles::clear() { QSettings().remove(kKey); }

}  // namespace loopstep
