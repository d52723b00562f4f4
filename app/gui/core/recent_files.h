// The recently opened files, most recent first, kept in QSettings.
#pragma once

#include <QStringList>

namespace loopstep {

class RecentFiles {
public:
    static constexpr int kMaxEntries = 8;

    static QStringList load();
    // Puts `path` first (once) and saves; returns the new list.
    static QStringList add(const QString& path);
    static void clear();
};

}  // namespace loopstep
