// The code editor's buffer kept on disk while it has unsaved changes (in the app's data
// directory), so a crash loses no work: the next start finds it and brings it back. A clean close
// or a save removes it.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace loopstep {

struct AutosavedBuffer {
    QString originalPath;  // the program it was edited from (":/lessons/…" or a file)
    QByteArray source;
};

class Autosave {
public:
    static QString directory();
    // Atomically replaces the saved buffer; false with a message on failure.
    static bool write(const AutosavedBuffer& buffer, QString* error = nullptr);
    static std::optional<AutosavedBuffer> pending();
    static void clear();
};

}  // namespace loopstep
